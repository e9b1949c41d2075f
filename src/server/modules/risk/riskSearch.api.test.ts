import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskDetail } from '../../../shared/schemas/risk.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { makeTenant, testPassword } from '../../testing/factories.js';
import { registerFactory } from '../../testing/registerFactories.js';
import { signIn, type Client } from '../../testing/testApp.js';
import { sampleRisk } from './routeSamples.js';

// Free-text search (`q`): terms with three letters or digits in a row go through the trigram
// indexes (varn_risks_matching, migration 0007), shorter ones are matched row by row; both
// must find the same risks, in any of the four texts, and only the tenant's own.
describe('searching the risk register', () => {
  const setup = useAdminApp();
  let ciso: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const objectId = (await registerFactory(setup.tenant).object(setup.tenant.rootOrgUnitId, { name: 'E-tjänsteplattformen' })).id;
    const analysis = (await ciso.post('/api/v1/risk-analyses', { objectId, purpose: 'Sökning' })).json() as { id: string };
    const texts: Record<string, object> = {
      inTitle: { title: 'Phishing mot personalen' },
      inCause: { cause: 'ett PHISHING-mejl som ser äkta ut' },
      inEvent: { event: 'en anställd svarar på phishingförsök' },
      inConsequence: { consequence: 'att kontot kapas efter phishing' },
      percent: { title: 'Driftstopp 50% av dagen' },
      fiveHundred: { title: 'Driftstopp 500 minuter' },
      other: { title: 'Strömavbrott i serverhallen' },
    };
    for (const [name, extra] of Object.entries(texts)) {
      const response = await ciso.post(`/api/v1/risk-analyses/${analysis.id}/risks`, sampleRisk(2, 3, extra));
      expect(response.statusCode, response.body).toBe(201);
      ids[name] = (response.json() as RiskDetail).id;
    }
  });

  async function found(client: Client, q: string): Promise<string[]> {
    const response = await client.get(`/api/v1/risks?q=${encodeURIComponent(q)}&limit=100`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { total: number; items: Array<{ id: string }> };
    expect(body.total).toBe(body.items.length);
    const names = Object.entries(ids).filter(([, id]) => body.items.some((item) => item.id === id));
    return names.map(([name]) => name).sort();
  }

  it('finds a word in the title, cause, event or consequence, in any case', async () => {
    expect(await found(ciso, 'phishing')).toEqual(['inCause', 'inConsequence', 'inEvent', 'inTitle']);
    expect(await found(ciso, 'PhIsHiNg-MeJl')).toEqual(['inCause']);
    expect(await found(ciso, 'strömavbrott')).toEqual(['other']);
    expect(await found(ciso, 'ingenstans')).toEqual([]);
  });

  it('finds the same with short terms, and takes % and _ literally', async () => {
    expect(await found(ciso, 'ph')).toEqual(['inCause', 'inConsequence', 'inEvent', 'inTitle']);
    expect(await found(ciso, '50%')).toEqual(['percent']);
    expect(await found(ciso, '50_')).toEqual([]);
    expect(await found(ciso, 'Driftstopp 50')).toEqual(['fiveHundred', 'percent']);
  });

  it('counts the heat map over the same risks', async () => {
    const heatMap = (await ciso.get('/api/v1/risks/heatmap?q=phishing')).json() as { total: number };
    expect(heatMap.total).toBe(4);
  });

  it("never finds another tenant's risks", async () => {
    const other = await makeTenant(setup.database, 'Annan kommun');
    const stranger = await signIn(setup.app, (await other.user([{ role: 'ciso' }])).email, testPassword);
    const response = await stranger.get('/api/v1/risks?q=phishing');
    expect(response.json()).toMatchObject({ total: 0, items: [] });
  });
});
