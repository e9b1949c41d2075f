import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startJobQueue } from '../../jobs/jobQueue.js';
import { scheduleScanImports } from '../../jobs/scanImport.js';
import { scanImportSettings } from '../../jobs/scanImportQueue.js';
import { useAdminApp } from '../../testing/fixtures.js';
import { nessusItem, nessusReport } from './testReports.js';
import { finishedScan, uploadReport } from './testScanApp.js';

describe('scan import queue', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'varn-scan-queue-'));
  const settings = scanImportSettings(dataDir);
  const setup = useAdminApp({ scanImports: settings });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a report accepted before the job queue ran once the worker starts', async () => {
    const ciso = await setup.signInNewUser([{ role: 'ciso' }]);
    const response = await uploadReport(ciso, 'Före start', { name: 'tidig.nessus', content: nessusReport([{ name: '10.7.0.1', items: [nessusItem()] }]) });
    expect(response.statusCode, response.body).toBe(202);
    const id = response.json().id as string;
    expect((await ciso.get(`/api/v1/scans/${id}`)).json()).toMatchObject({ status: 'queued', progress: 0 });

    const boss = await startJobQueue(setup.database, { error: () => undefined });
    try {
      await scheduleScanImports(boss, setup.database, settings, { error: () => undefined });
      expect(await finishedScan(ciso, id)).toMatchObject({ status: 'done', findings: { total: 1, new: 1 } });
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    }
  });
});
