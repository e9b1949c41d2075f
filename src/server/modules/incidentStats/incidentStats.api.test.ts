import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentList, StatsRows } from '../../../shared/schemas/incident.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { incidentFactory } from './testIncidents.js';

/** Each test counts its own month, so the incidents of the others never get in the way. */
const month = (m: string) => `from=2024-${m}-01T00:00:00Z&to=2024-${m}-28T00:00:00Z`;
const at = (m: string, day: number) => `2024-${m}-${String(day).padStart(2, '0')}T10:00:00Z`;

describe('incident statistics: counts per key', () => {
  const setup = useAdminApp();
  let factory: ReturnType<typeof incidentFactory>;
  let social: { id: string };
  let homeCare: { id: string };
  let homeCareNorth: { id: string };
  let technical: { id: string };
  let ciso: Client;
  let socialManager: Client;

  beforeAll(async () => {
    factory = incidentFactory(setup.tenant);
    social = await setup.tenant.unit('Socialförvaltningen');
    homeCare = await setup.tenant.unit('Hemtjänst', social.id, 'avdelning');
    homeCareNorth = await setup.tenant.unit('Hemtjänst norr', homeCare.id, 'enhet');
    technical = await setup.tenant.unit('Tekniska förvaltningen');
    ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    socialManager = await setup.signInNewUser([{ role: 'incident_manager', orgUnitId: social.id }], social.id);
  });

  async function stats(client: Client, query: string): Promise<StatsRows> {
    const response = await client.get(`/api/v1/incidents/stats?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }
  const counts = (result: StatsRows) => Object.fromEntries(result.rows.map((row) => [row.key, row.count]));

  it('counts every incident by severity, untriaged and rejected ones as "none", adding up to the incidents listed', async () => {
    await factory.incidents(3, { awareAt: at('01', 3), severity: 1, status: 'closed' });
    await factory.incidents(2, { awareAt: at('01', 4), severity: 3, status: 'in_progress', orgUnitId: homeCare.id });
    await factory.incident({ awareAt: at('01', 5), severity: 4, status: 'escalated', orgUnitId: technical.id });
    await factory.incident({ awareAt: at('01', 6), status: 'reported' });
    await factory.incident({ awareAt: at('01', 7), status: 'rejected' });

    const result = await stats(ciso, `groupBy=severity&${month('01')}`);
    expect(result.rows).toEqual([
      { key: '1', label: 'Låg', count: 3 },
      { key: '3', label: 'Hög', count: 2 },
      { key: '4', label: 'Kritisk', count: 1 },
      { key: 'none', label: 'Ej bedömd', count: 2 },
    ]);
    expect(result.total).toBe(8);
    const listed: IncidentList = (await ciso.get(`/api/v1/incidents?limit=1000&${month('01')}`)).json();
    expect(result.rows.reduce((sum, row) => sum + row.count, 0)).toBe(listed.total);
    // The administrator sees the statistics (not the incidents), over the same incidents.
    expect((await stats(setup.admin, `groupBy=severity&${month('01')}`)).total).toBe(8);
  });

  it('labels types with their RSIT class and causes in the caller\'s language, and never names anyone', async () => {
    const reporter = await setup.tenant.person('Anna Anmälare');
    await factory.incidents(2, { awareAt: at('02', 3), rsitClass: 'fraud', rsitType: 'phishing', cause: 'malicious_human', reporterId: reporter.id, title: 'Nätfiske hos Anna' });
    await factory.incident({ awareAt: at('02', 4), rsitClass: 'availability', rsitType: 'ddos', cause: 'malicious_human' });
    await factory.incident({ awareAt: at('02', 5) });

    const swedish = await stats(ciso, `groupBy=type&${month('02')}`);
    expect(swedish.rows).toEqual([
      { key: 'phishing', label: 'Bedrägeri: Nätfiske', count: 2 },
      { key: 'ddos', label: 'Tillgänglighet: Distribuerad överbelastningsattack (DDoS)', count: 1 },
      { key: 'none', label: 'Ej bedömd', count: 1 },
    ]);
    expect(JSON.stringify(swedish)).not.toMatch(/Anna/);
    expect((await ciso.patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(200);
    expect((await stats(ciso, `groupBy=cause&${month('02')}`)).rows).toEqual([
      { key: 'malicious_human', label: 'Malicious human action', count: 3 },
      { key: 'none', label: 'Not assessed', count: 1 },
    ]);
    expect((await stats(ciso, `groupBy=type&${month('02')}`)).rows[0].label).toBe('Fraud: Phishing');
    await ciso.patch('/api/v1/me', { locale: 'sv' });
  });

  it('counts an incident once under each of its categories, so the rows may add up to more than the total', async () => {
    await factory.incident({ awareAt: at('03', 3), categories: ['attack', 'blocked_access'] });
    await factory.incident({ awareAt: at('03', 4), categories: ['attack'] });
    await factory.incident({ awareAt: at('03', 5), categories: [] });

    const result = await stats(ciso, `groupBy=category&${month('03')}`);
    expect(counts(result)).toEqual({ attack: 2, blocked_access: 1, none: 1 });
    expect(result.rows.find((row) => row.key === 'blocked_access')!.label).toBe('Hindrad tillgång till information');
    expect(result.total).toBe(3);
  });

  it('groups by förvaltning: the unit under the root on the path, or the root itself', async () => {
    await factory.incident({ awareAt: at('04', 3), orgUnitId: homeCareNorth.id });
    await factory.incident({ awareAt: at('04', 4), orgUnitId: homeCare.id });
    await factory.incident({ awareAt: at('04', 5), orgUnitId: social.id });
    await factory.incident({ awareAt: at('04', 6), orgUnitId: technical.id });
    await factory.incident({ awareAt: at('04', 7), orgUnitId: setup.tenant.rootOrgUnitId });

    const result = await stats(ciso, `groupBy=orgUnit&${month('04')}`);
    expect(result.rows).toEqual([
      { key: social.id, label: 'Socialförvaltningen', count: 3 },
      { key: setup.tenant.rootOrgUnitId, label: setup.tenant.name, count: 1 },
      { key: technical.id, label: 'Tekniska förvaltningen', count: 1 },
    ].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv')));
    expect(result.total).toBe(5);
  });

  it('counts only the units in reach for someone scoped to a subtree', async () => {
    await factory.incident({ awareAt: at('05', 3), orgUnitId: homeCareNorth.id, severity: 2 });
    await factory.incident({ awareAt: at('05', 4), orgUnitId: social.id, severity: 2 });
    await factory.incident({ awareAt: at('05', 5), orgUnitId: technical.id, severity: 2 });
    await factory.incident({ awareAt: at('05', 6), orgUnitId: setup.tenant.rootOrgUnitId });

    expect(await stats(socialManager, `groupBy=severity&${month('05')}`)).toEqual({ rows: [{ key: '2', label: 'Medel', count: 2 }], total: 2 });
    expect((await stats(socialManager, `groupBy=orgUnit&${month('05')}`)).rows.map((row) => row.key)).toEqual([social.id]);
    expect((await stats(ciso, `groupBy=severity&${month('05')}`)).total).toBe(4);
    const series = (await socialManager.get(`/api/v1/incidents/stats/series?groupBy=severity&period=month&${month('05')}`)).json();
    expect(series).toEqual({ periods: ['2024-05'], series: [{ key: '2', label: 'Medel', counts: [2] }] });
    const times = (await socialManager.get(`/api/v1/incidents/stats/times?${month('05')}`)).json();
    expect(times.resolve.count).toBe(0);
  });

  it('counts incidents aware from `from` up to, not including, `to`; either bound may be left out', async () => {
    await factory.incident({ awareAt: '2024-06-01T00:00:00Z' });
    await factory.incident({ awareAt: '2024-06-15T12:00:00Z' });
    await factory.incident({ awareAt: '2024-07-01T00:00:00Z' });

    expect((await stats(ciso, 'groupBy=severity&from=2024-06-01T00:00:00Z&to=2024-07-01T00:00:00Z')).total).toBe(2);
    expect((await stats(ciso, 'groupBy=severity&from=2024-06-15T12:00:00Z&to=2024-07-01T00:00:01Z')).total).toBe(2);
    expect((await stats(ciso, 'groupBy=severity&from=2024-06-01T00:00:00Z')).total).toBe(3);
    const everything = (await stats(ciso, 'groupBy=severity')).total;
    expect((await stats(ciso, 'groupBy=severity&to=2024-06-01T00:00:00Z')).total).toBe(everything - 3);
  });

  it('refuses those without incident.stats and bad input with 4xx naming the field', async () => {
    const employee = await setup.signInNewUser([], social.id);
    expect((await employee.get('/api/v1/incidents/stats?groupBy=severity')).statusCode).toBe(403);
    expect((await employee.get('/api/v1/incidents/stats/times')).statusCode).toBe(403);
    expect((await employee.get('/api/v1/incidents/stats.xlsx')).statusCode).toBe(403);

    const badGrouping = await ciso.get('/api/v1/incidents/stats?groupBy=reporter');
    expect(badGrouping.statusCode).toBe(400);
    expect(badGrouping.body).toContain('groupBy');
    expect((await ciso.get('/api/v1/incidents/stats')).statusCode).toBe(400);
    const backwards = await ciso.get('/api/v1/incidents/stats?groupBy=type&from=2024-06-01T00:00:00Z&to=2024-06-01T00:00:00Z');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('to');
    expect((await ciso.get('/api/v1/incidents/stats/series?groupBy=type&period=week')).statusCode).toBe(400);
    expect((await ciso.get('/api/v1/incidents/stats/times?from=2024-07-01T00:00:00Z&to=2024-06-01T00:00:00Z')).statusCode).toBe(400);
    expect((await ciso.get('/api/v1/incidents/stats/times?from=yesterday')).statusCode).toBe(400);
  });
});
