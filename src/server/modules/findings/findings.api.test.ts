import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../../db/context.js';
import { useAdminApp } from '../../testing/fixtures.js';
import type { Client } from '../../testing/testApp.js';
import { queryRows } from '../../testing/testDatabase.js';
import { findingsFirstSeenIn, importFindings, parsedFinding } from './testFindings.js';

describe('findings', () => {
  const setup = useAdminApp();
  let reader: Client;
  beforeAll(async () => {
    reader = await setup.signInNewUser([{ role: 'it_service_manager' }]);
  });
  const list = async (query: string) => {
    const response = await reader.get(`/api/v1/findings?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Array<{ id: string; severity: string; title: string; asset: { id: string; key: string } }>; total: number };
  };

  it('keeps every character of the report’s text through staging and merge', async () => {
    const tricky = 'Tabb\there, rad\nbrytning, CR\r, bakstreck \\N och \\\\, "citat", {klammer}, NUL\u0000slut, åäö 🚀';
    const finding = parsedFinding({ title: tricky, evidence: tricky, description: tricky, solution: tricky, location: tricky, cves: ['CVE-2024-1', 'a "quoted", {odd} one\\'] });
    const scanId = await importFindings(setup.database, setup.tenant.tenantId, 'Tecken', [finding]);
    const [id] = await findingsFirstSeenIn(setup.database, setup.tenant.tenantId, scanId);
    const detail = (await reader.get(`/api/v1/findings/${id}`)).json();
    // PostgreSQL text cannot hold NUL: it is the one character dropped.
    const stored = tricky.replace('\u0000', '');
    expect(detail).toMatchObject({ title: stored, evidence: stored, description: stored, solution: stored, location: stored, cves: ['CVE-2024-1', 'a "quoted", {odd} one\\'] });
  });

  it('stores a rule’s description and solution once, however many findings share them', async () => {
    const shared = { description: 'Samma beskrivning för alla värdar.', solution: 'Samma åtgärd.' };
    const hosts = Array.from({ length: 30 }, (_, i) => parsedFinding({ host: `10.9.0.${i}`, ruleId: '10107', ...shared }));
    const scanId = await importFindings(setup.database, setup.tenant.tenantId, 'Delade texter', [...hosts, parsedFinding({ description: 'En annan.' })]);
    const ids = await findingsFirstSeenIn(setup.database, setup.tenant.tenantId, scanId);
    expect(ids).toHaveLength(31);
    const details = await Promise.all(ids.map(async (id) => (await reader.get(`/api/v1/findings/${id}`)).json()));
    expect(details.filter((detail) => detail.description === shared.description && detail.solution === shared.solution)).toHaveLength(30);
    const [{ texts }] = await withSystem(setup.database, (tx) =>
      queryRows<{ texts: number }>(tx, sql`select count(*)::int as texts from finding_texts where tenant_id = ${setup.tenant.tenantId} and description in (${shared.description}, 'En annan.')`),
    );
    expect(texts).toBe(2);
  });

  it('filters by scope, asset, severity and status, most severe and most recently seen first', async () => {
    const findings = [
      parsedFinding({ host: 'db01.kommun.se', severity: 'low', title: 'Låg' }),
      parsedFinding({ host: 'db01.kommun.se', severity: 'critical', title: 'Kritisk' }),
      parsedFinding({ host: 'web01.kommun.se', severity: 'medium', title: 'Medel' }),
      parsedFinding({ host: 'web01.kommun.se', severity: 'high', title: 'Hög' }),
    ];
    await importFindings(setup.database, setup.tenant.tenantId, 'Filter', findings);
    const scope = ((await reader.get('/api/v1/scan-scopes')).json().items as Array<{ id: string; name: string }>).find((entry) => entry.name === 'Filter')!.id;
    const all = await list(`scope=${scope}`);
    expect(all.items.map((finding) => finding.title)).toEqual(['Kritisk', 'Hög', 'Medel', 'Låg']);
    expect((await list(`scope=${scope}&severity=critical&severity=low`)).items.map((finding) => finding.title)).toEqual(['Kritisk', 'Låg']);
    const db = all.items.find((finding) => finding.asset.key === 'db01.kommun.se')!.asset.id;
    expect((await list(`asset=${db}`)).items.map((finding) => finding.title)).toEqual(['Kritisk', 'Låg']);
    expect((await list(`scope=${scope}&status=resolved`)).total).toBe(0);
    const page = await list(`scope=${scope}&limit=2&offset=1`);
    expect(page).toMatchObject({ total: 4 });
    expect(page.items.map((finding) => finding.title)).toEqual(['Hög', 'Medel']);
  });
});
