import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withSystem } from '../../db/context.js';
import { queryRows } from '../../testing/testDatabase.js';
import { readAuditEvents } from '../../testing/testApp.js';
import { sarifJson, sarifResult } from '../scanImport/testing/reportFactories.js';
import { nessusItem, nessusReport, truncatedReport } from './testReports.js';
import { finishedScan, importReport, uploadReport, useScanApp } from './testScanApp.js';

describe('scanner report import', () => {
  const setup = useScanApp();
  const findingsOf = async (query: string) => (await setup.ciso.get(`/api/v1/findings?limit=500&${query}`)).json();
  const scopeId = async (name: string) => ((await setup.ciso.get('/api/v1/scan-scopes')).json().items as Array<{ id: string; name: string }>).find((scope) => scope.name === name)!.id;

  it('imports an upload as a job and counts assets, findings and severities', async () => {
    const report = nessusReport([
      { name: '10.1.0.1', items: [nessusItem('critical'), nessusItem('medium')] },
      { name: 'web01.skola.kommun.se', items: [nessusItem('info')] },
    ]);
    const response = await uploadReport(setup.ciso, 'Nätverk skola', { name: 'skola.nessus', content: report });
    expect(response.statusCode, response.body).toBe(202);
    const scan = await finishedScan(setup.ciso, response.json().id);
    expect(scan).toMatchObject({
      status: 'done',
      scope: { name: 'Nätverk skola' },
      format: 'nessus-xml',
      fileName: 'skola.nessus',
      progress: 1,
      assets: 2,
      findings: { total: 3, new: 3, reopened: 0, unchanged: 0, closed: 0 },
      severities: { critical: 1, high: 0, medium: 1, low: 0, info: 1 },
    });
    expect(scan.finishedAt).not.toBeNull();
    const listed = await findingsOf(`scope=${scan.scope.id}`);
    expect(listed.total).toBe(3);
    // Most severe first.
    expect(listed.items.map((finding: { severity: string }) => finding.severity)).toEqual(['critical', 'medium', 'info']);
    expect(listed.items[0]).toMatchObject({ asset: { kind: 'host', key: '10.1.0.1' }, port: '443', protocol: 'tcp', status: 'open', occurrences: 1 });
    const detail = (await setup.ciso.get(`/api/v1/findings/${listed.items[0].id}`)).json();
    expect(detail).toMatchObject({ description: 'A description.', solution: 'Upgrade.', evidence: 'seen', firstScan: { id: scan.id }, history: [] });
    expect(setup.uploadsOnDisk()).toEqual([]);
    const audit = await readAuditEvents(setup.ciso, `entityType=scan&entityId=${scan.id}`);
    expect(audit.items.map((event) => event.action).sort()).toEqual(['scan.imported', 'scan.uploaded']);
  });

  it('merges duplicates of one report into one finding with an occurrence count and the highest severity', async () => {
    const first = nessusItem('low', { name: 'Dubblerad' });
    const report = nessusReport([{ name: '10.2.0.1', items: [first, { ...first, severity: 3 }, { ...first, severity: 2 }, nessusItem('high')] }]);
    const scan = await importReport(setup.ciso, 'Dubbletter', report);
    expect(scan).toMatchObject({ status: 'done', assets: 1, findings: { total: 2, new: 2 }, severities: { high: 2, low: 0, medium: 0 } });
    const merged = (await findingsOf(`scope=${scan.scope.id}`)).items.find((finding: { title: string }) => finding.title === 'Dubblerad');
    expect(merged).toMatchObject({ severity: 'high', occurrences: 3 });
  });

  it('closes on reimport exactly what disappeared, reopens what returns and leaves the rest', async () => {
    const [a, b, c, d] = [nessusItem(), nessusItem(), nessusItem(), nessusItem()];
    const hosts = (second: typeof a[]) => [{ name: '10.3.0.1', items: [a, b] }, { name: '10.3.0.2', items: second }];
    const first = await importReport(setup.ciso, 'Kubernetes prod', nessusReport(hosts([c, d])));
    expect(first.findings).toEqual({ total: 4, new: 4, reopened: 0, unchanged: 0, closed: 0 });

    const subset = await importReport(setup.ciso, 'Kubernetes prod', nessusReport(hosts([c])));
    expect(subset.findings).toEqual({ total: 3, new: 0, reopened: 0, unchanged: 3, closed: 1 });
    const scope = subset.scope.id;
    const resolved = (await findingsOf(`scope=${scope}&status=resolved`)).items;
    expect(resolved.map((finding: { ruleId: string }) => finding.ruleId)).toEqual([String(d.pluginId)]);
    expect((await findingsOf(`scope=${scope}&status=open`)).total).toBe(3);

    // Another scope's import closes nothing here.
    await importReport(setup.ciso, 'Nätverk förvaltning', nessusReport([{ name: '10.3.0.1', items: [nessusItem()] }]));
    expect((await findingsOf(`scope=${scope}&status=open`)).total).toBe(3);

    const again = await importReport(setup.ciso, 'Kubernetes prod', nessusReport([...hosts([c, d]), { name: '10.3.0.3', items: [nessusItem()] }]));
    expect(again.findings).toEqual({ total: 5, new: 1, reopened: 1, unchanged: 3, closed: 0 });
    expect(again.assets).toBe(3);

    const detail = (await setup.ciso.get(`/api/v1/findings/${resolved[0].id}`)).json();
    expect(detail).toMatchObject({ status: 'open', closedAt: null, firstScan: { id: first.id }, lastScan: { id: again.id } });
    expect(detail.history).toMatchObject([
      { fromStatus: 'open', toStatus: 'resolved', scan: { id: subset.id }, person: null },
      { fromStatus: 'resolved', toStatus: 'open', scan: { id: again.id }, person: null },
    ]);
  });

  it('keeps a report without asset names on one asset of its scope, whatever the file is called', async () => {
    const results = [sarifResult('js/xss', 'src/app.js', 10), sarifResult('js/xss', 'src/app.js', 42), sarifResult('js/sql-injection', 'src/db.js', 7)];
    const full = await importReport(setup.ciso, 'Kod skolportal', Buffer.from(sarifJson(results)), 'portal-2024-05-01.sarif');
    expect(full).toMatchObject({ format: 'sarif', assets: 1, findings: { total: 3, new: 3 } });
    const subset = await importReport(setup.ciso, 'Kod skolportal', Buffer.from(sarifJson(results.slice(0, 2))), 'portal-2024-05-08.sarif');
    expect(subset).toMatchObject({ assets: 1, findings: { total: 2, new: 0, unchanged: 2, closed: 1 } });
  });

  it('reimports an identical report as unchanged, keeping first seen and moving last seen', async () => {
    const report = nessusReport([{ name: '10.4.0.1', items: [nessusItem(), nessusItem()] }]);
    const first = await importReport(setup.ciso, 'Identisk', report);
    const second = await importReport(setup.ciso, 'Identisk', report);
    expect(second.findings).toEqual({ total: 2, new: 0, reopened: 0, unchanged: 2, closed: 0 });
    const [finding] = (await findingsOf(`scope=${second.scope.id}`)).items;
    const detail = (await setup.ciso.get(`/api/v1/findings/${finding.id}`)).json();
    expect(detail).toMatchObject({ firstScan: { id: first.id }, lastScan: { id: second.id }, history: [] });
    expect(Date.parse(detail.lastSeenAt)).toBeGreaterThan(Date.parse(detail.firstSeenAt));
  });

  it('keeps nothing of a report the parser rejects, and says where', async () => {
    const before = await counts();
    const report = truncatedReport([{ name: '10.5.0.1', items: [nessusItem()] }, { name: '10.5.0.2', items: [nessusItem(), nessusItem()] }]);
    const response = await uploadReport(setup.ciso, 'Trasigt', { name: 'trasig.nessus', content: report });
    expect(response.statusCode).toBe(202);
    const scan = await finishedScan(setup.ciso, response.json().id);
    expect(scan).toMatchObject({ status: 'failed', findings: { total: 0 }, assets: 0 });
    expect(scan.error).toMatch(/<description> is not closed \(line \d+, column \d+\)/);
    expect(await counts()).toEqual(before);
    expect(setup.uploadsOnDisk()).toEqual([]);
    const audit = await readAuditEvents(setup.ciso, `entityType=scan&entityId=${scan.id}`);
    expect(audit.items.map((event) => event.action).sort()).toEqual(['scan.failed', 'scan.uploaded']);
  });

  it('lists recent imports, optionally of one scope, and the scopes with their open findings', async () => {
    const scope = 'Listad';
    const first = await importReport(setup.ciso, scope, nessusReport([{ name: '10.6.0.1', items: [nessusItem()] }]));
    const second = await importReport(setup.ciso, scope, nessusReport([]));
    const listed = (await setup.ciso.get(`/api/v1/scans?scope=${await scopeId(scope)}`)).json();
    expect(listed.total).toBe(2);
    expect(listed.items.map((scan: { id: string }) => scan.id)).toEqual([second.id, first.id]);
    expect(second.findings).toMatchObject({ total: 0, closed: 1 });
    const all = (await setup.ciso.get('/api/v1/scans?limit=200')).json();
    expect(all.items.length).toBeGreaterThan(2);
    const scopes = (await setup.ciso.get('/api/v1/scan-scopes')).json().items;
    expect(scopes.find((entry: { name: string }) => entry.name === scope)).toMatchObject({ openFindings: 0, lastScanAt: second.createdAt });
    expect(scopes.find((entry: { name: string }) => entry.name === 'Kubernetes prod')).toMatchObject({ openFindings: 5 });
  });

  /** Rows kept by imports, the staging table included (as the owner, which sees every tenant's). */
  async function counts() {
    return withSystem(setup.database, async (tx) => {
      const [row] = await queryRows<Record<string, number>>(
        tx,
        sql`select (select count(*)::int from findings) as findings, (select count(*)::int from assets) as assets,
                   (select count(*)::int from finding_events) as events, (select count(*)::int from scan_rows) as staged`,
      );
      return row;
    });
  }

});
