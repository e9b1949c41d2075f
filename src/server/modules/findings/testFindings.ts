/**
 * Test factories: parsed findings, and importing them into a scope through the real import job
 * (staging, merge, counts, audit) with the parsing thread replaced by the given findings.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { findings as findingsTable } from '../../db/schema/index.js';
import { withTenant } from '../../db/context.js';
import { runScanImport } from '../../jobs/scanImport.js';
import { scanImportSettings, scanUploadPath } from '../../jobs/scanImportQueue.js';
import type { ParsedFinding } from '../scanImport/parsers/types.js';
import { findScan } from '../scans/queries.js';
import { acceptScan } from '../scans/service.js';
import { StagingRowEncoder } from '../scans/stagingRows.js';

let serial = 0;

/** A high-severity finding on host 10.0.0.1 unless told otherwise; each call a new identity. */
export function parsedFinding(overrides: Partial<ParsedFinding> & { host?: string } = {}): ParsedFinding {
  serial += 1;
  const { host = '10.0.0.1', ...rest } = overrides;
  return {
    asset: { kind: 'host', key: host, ip: host },
    identity: `1.3.6.1.4.1.25623.1.0.${serial}|443/tcp`,
    ruleId: `1.3.6.1.4.1.25623.1.0.${serial}`,
    title: `Sårbarhet ${serial}`,
    severity: 'high',
    cvss: 7.5,
    cves: [`CVE-2024-${1000 + serial}`],
    port: '443',
    protocol: 'tcp',
    description: 'Tjänsten kör en version med en känd sårbarhet.',
    solution: 'Uppdatera.',
    ...rest,
  };
}

const uploads = scanImportSettings(mkdtempSync(path.join(tmpdir(), 'varn-test-findings-')));

/** The ids of the findings an import first saw. */
export async function findingsFirstSeenIn(database: Database, tenantId: string, scanId: string): Promise<string[]> {
  return withTenant(database, tenantId, null, async (ctx) => {
    const rows = await ctx.tx.select({ id: findingsTable.id }).from(findingsTable).where(eq(findingsTable.firstScanId, scanId));
    return rows.map((row) => row.id);
  });
}

/** Imports `findings` as one report into `scope` (made on first use) and returns the scan id; throws if the import failed. */
export async function importFindings(database: Database, tenantId: string, scope: string, findings: ParsedFinding[]): Promise<string> {
  const id = randomUUID();
  await withTenant(database, tenantId, null, (ctx) => acceptScan(ctx, { id, scope, format: 'generic-json', fileName: 'rapport.json', fileSize: 1 }));
  mkdirSync(uploads.uploadDir, { recursive: true });
  writeFileSync(scanUploadPath(uploads, id), 'x');
  const parse = async function* (file: { scanId: string }) {
    const encoder = new StagingRowEncoder(file.scanId);
    const lines = findings.map((finding) => encoder.encode(finding)).join('');
    if (lines) yield { rows: findings.length, bytesRead: 1, copyText: new TextEncoder().encode(lines) };
  };
  let cause: unknown = null;
  await runScanImport(database, uploads, { tenantId, scanId: id }, { error: (details) => (cause = (details as { err?: unknown }).err) }, parse);
  const scan = await withTenant(database, tenantId, null, (ctx) => findScan(ctx, id));
  if (scan?.status !== 'done') throw new Error(`The test import failed: ${scan?.error}`, { cause });
  return id;
}
