/** A test app whose scanner uploads are imported by the real pg-boss job on its own database. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ScanDetail } from '../../../shared/schemas/vulnerability.js';
import { startJobQueue } from '../../jobs/jobQueue.js';
import { scheduleScanImports } from '../../jobs/scanImport.js';
import { scanImportSettings, type ScanImportSettings } from '../../jobs/scanImportQueue.js';
import { makeTenant, testPassword, type TestTenant } from '../../testing/factories.js';
import { MultipartForm } from '../../testing/multipartForm.js';
import { createTestApp, signIn, type Client, type TestApp } from '../../testing/testApp.js';

export interface ScanApp extends TestApp {
  settings: ScanImportSettings;
  tenant: TestTenant;
  /** Signed in as a tenant-wide CISO of `tenant` (reads, imports, manages). */
  ciso: Client;
  signInNewUser(...user: Parameters<TestTenant['user']>): Promise<Client>;
  /** Files waiting in the upload directory. */
  uploadsOnDisk(): string[];
}

export function useScanApp(maxUploadBytes?: number): ScanApp {
  const fixture = {
    async signInNewUser(...user) {
      return signIn(fixture.app, (await fixture.tenant.user(...user)).email, testPassword);
    },
    uploadsOnDisk() {
      try {
        return readdirSync(fixture.settings.uploadDir);
      } catch {
        return [];
      }
    },
  } as ScanApp;
  let boss: PgBoss | undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'varn-scan-test-'));
  beforeAll(async () => {
    fixture.settings = scanImportSettings(dataDir, maxUploadBytes);
    Object.assign(fixture, await createTestApp({ scanImports: fixture.settings }));
    boss = await startJobQueue(fixture.database, { error: () => undefined });
    await scheduleScanImports(boss, fixture.database, fixture.settings, { error: (details, message) => console.error(message, details) });
    fixture.tenant = await makeTenant(fixture.database);
    fixture.ciso = await fixture.signInNewUser([{ role: 'ciso' }]);
  });
  afterAll(async () => {
    // Graceful: a job whose scan is already done may still be completing in pg-boss.
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    await fixture.close?.();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return fixture;
}

/** Posts a report as the form `POST /api/v1/scans` takes it. */
export function uploadReport(client: Client, scope: string | null, file: { name: string; content: Buffer } | null, format?: string) {
  const parts = [
    ...(scope === null ? [] : [{ name: 'scope', value: scope }]),
    ...(format === undefined ? [] : [{ name: 'format', value: format }]),
    ...(file === null ? [] : [{ name: 'file', fileName: file.name, content: file.content }]),
  ];
  return client.post('/api/v1/scans', new MultipartForm(parts));
}

/** Polls the scan until its import has finished (done or failed). */
export async function finishedScan(client: Client, id: string): Promise<ScanDetail> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const response = await client.get(`/api/v1/scans/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const scan = response.json() as ScanDetail;
    if (scan.status === 'done' || scan.status === 'failed') return scan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Scan ${id} did not finish within 30 s`);
}

/** Uploads and waits for the import. */
export async function importReport(client: Client, scope: string, content: Buffer, name = 'rapport.nessus'): Promise<ScanDetail> {
  const response = await uploadReport(client, scope, { name, content });
  expect(response.statusCode, response.body).toBe(202);
  return finishedScan(client, response.json().id);
}
