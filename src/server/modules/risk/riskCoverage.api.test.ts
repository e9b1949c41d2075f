import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../shared/schemas/coverage.js';
import type { RiskAnalysisDetail } from '../../../shared/schemas/risk.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { registerFactory } from '../../testing/registerFactories.js';

describe('risk-analysis coverage per org unit', () => {
  const setup = useAdminApp();

  it('counts an object as covered only while a fastställd analysis of it is not overdue', async () => {
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const social = await setup.tenant.unit('Socialförvaltningen');
    const homeCare = await setup.tenant.unit('Hemtjänst', social.id, 'avdelning');
    const riskOwner = await setup.tenant.person('Riskägare');
    const factory = registerFactory(setup.tenant);
    const [approved, planned, triggered] = [await factory.object(homeCare.id), await factory.object(social.id), await factory.object(social.id)];

    async function analysisOf(objectId: string, steps: string[]): Promise<RiskAnalysisDetail> {
      let analysis = (await ciso.post('/api/v1/risk-analyses', { objectId, purpose: 'Årlig analys', riskOwnerId: riskOwner.id })).json() as RiskAnalysisDetail;
      for (const status of steps) {
        const response = await ciso.patch(`/api/v1/risk-analyses/${analysis.id}`, { version: analysis.version, status });
        expect(response.statusCode, response.body).toBe(200);
        analysis = response.json();
      }
      return analysis;
    }
    await analysisOf(approved.id, ['in_progress', 'done', 'approved']);
    await analysisOf(planned.id, []);
    const due = await analysisOf(triggered.id, ['in_progress', 'done', 'approved']);
    const coverage = async () => new Map(((await ciso.get('/api/v1/coverage')).json() as CoverageRow[]).map((row) => [row.orgUnitId, row.riskAnalysisCurrent]));

    expect((await coverage()).get(social.id)).toBe(2);
    await ciso.post(`/api/v1/risk-analyses/${due.id}/review`, { version: due.version, trigger: 'new_integration' });
    const after = await coverage();
    expect([after.get(setup.tenant.rootOrgUnitId), after.get(social.id), after.get(homeCare.id)]).toEqual([1, 1, 1]);

    // A new integration of one of the object's systems makes its analysis due at once.
    const system = await factory.system(approved.id);
    expect((await ciso.post(`/api/v1/systems/${system.id}/integrations`, { externalName: 'Skatteverket', description: 'Folkbokföring' })).statusCode).toBe(201);
    expect((await coverage()).get(homeCare.id)).toBe(0);
    const analyses = (await ciso.get(`/api/v1/risk-analyses?objectId=${approved.id}`)).json();
    expect(analyses.items[0]).toMatchObject({ reviewTrigger: 'new_integration', overdue: true });
  });
});
