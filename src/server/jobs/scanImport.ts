/**
 * The `scan-import` job: queued → running → done | failed. The file is parsed in a thread and
 * staged in `scan_rows` batch by batch (no transaction held while parsing), then one tenant
 * transaction merges the report into the scope. A failure keeps nothing: the staging rows go,
 * the scan says why. The uploaded file is deleted at the end either way.
 */
import { access, rm } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { ScanFormat } from '../../shared/schemas/vulnerability.js';
import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { scans } from '../db/schema/index.js';
import { mergeScanReport } from '../modules/findings/reportMerge.js';
import { claimScan, deleteStagingRows, recordBytesRead, recordScanDone, recordScanFailed } from '../modules/scans/queries.js';
import type { JobLogger } from './jobQueue.js';
import { parseInThread, UnreadableReport, type ParsedBatch, type ReportFile } from './scanImportParser.js';
import { scanImportQueueName, scanUploadPath, type ScanImportJob, type ScanImportSettings } from './scanImportQueue.js';
import { openStagingWriter } from './scanImportStaging.js';

/** Parses an uploaded file into batches of staging rows; the thread by default, replaceable in tests. */
export type ReportParser = (file: ReportFile) => AsyncIterable<ParsedBatch>;

const progressEveryMs = 1_000;

class ImportFailure extends Error {}

export async function runScanImport(database: Database, settings: ScanImportSettings, job: ScanImportJob, logger: JobLogger, parse: ReportParser = parseInThread): Promise<void> {
  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(database, job.tenantId, null, work);
  const filePath = scanUploadPath(settings, job.scanId);
  try {
    const scan = await inTenant((ctx) => claimScan(ctx, job.scanId));
    if (!scan) return;
    try {
      // Left over if an earlier attempt of this job was interrupted.
      await inTenant((ctx) => deleteStagingRows(ctx, scan.id));
      await access(filePath).catch(() => {
        throw new ImportFailure('The uploaded file is no longer on the server; upload the report again');
      });
      await stageReport(database, parse, { path: filePath, format: scan.format as ScanFormat, scanId: scan.id, assetName: scan.scopeName }, (bytesRead) =>
        inTenant((ctx) => recordBytesRead(ctx, scan.id, bytesRead)),
      );
      // Gone before the scan says done or failed, so nobody sees a finished scan with its file still there.
      await rm(filePath, { force: true });
      await inTenant(async (ctx) => {
        const now = new Date().toISOString();
        const counts = await mergeScanReport(ctx, scan, now, { workMem: database.kind === 'postgres' ? '256MB' : undefined });
        await recordScanDone(ctx, scan.id, counts, now);
        await recordAudit(ctx, { action: 'scan.imported', entityType: 'scan', entityId: scan.id, after: counts });
      });
    } catch (error) {
      const message = failureMessage(error);
      if (message.unexpected) logger.error({ err: error, scanId: scan.id }, 'scan import failed');
      await rm(filePath, { force: true });
      await inTenant(async (ctx) => {
        await deleteStagingRows(ctx, scan.id);
        await recordScanFailed(ctx, scan.id, message.text);
        await recordAudit(ctx, { action: 'scan.failed', entityType: 'scan', entityId: scan.id, after: { error: message.text } });
      });
    }
  } finally {
    await rm(filePath, { force: true });
  }
}

/** Streams the parser's batches into scan_rows, reporting progress at most once a second. */
async function stageReport(database: Database, parse: ReportParser, file: ReportFile, progress: (bytesRead: number) => Promise<void>) {
  const writer = await openStagingWriter(database);
  let reportedAt = Date.now();
  try {
    for await (const batch of parse(file)) {
      await writer.write(batch.copyText);
      if (Date.now() - reportedAt >= progressEveryMs) {
        reportedAt = Date.now();
        await progress(batch.bytesRead);
      }
    }
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** What the scan says when it fails: the parser's message (naming where) or ours; never a stack or a server path. */
function failureMessage(error: unknown): { text: string; unexpected: boolean } {
  if (error instanceof UnreadableReport || error instanceof ImportFailure) return { text: error.message, unexpected: false };
  return { text: 'The import failed unexpectedly; the server log has the details', unexpected: true };
}

/**
 * Starts the worker for `scan-import` on this process and lets the HTTP app send jobs. Scans
 * still queued (accepted before the queue ran, or whose job was never sent) are sent now.
 */
export async function scheduleScanImports(boss: PgBoss, database: Database, settings: ScanImportSettings, logger: JobLogger, parse?: ReportParser): Promise<void> {
  await boss.createQueue(scanImportQueueName);
  await boss.work<ScanImportJob>(scanImportQueueName, { pollingIntervalSeconds: 1 }, async ([job]) => {
    await runScanImport(database, settings, job.data, logger, parse);
  });
  settings.queue.attach(boss);
  const waiting = await withSystem(database, (tx) => tx.select({ scanId: scans.id, tenantId: scans.tenantId }).from(scans).where(eq(scans.status, 'queued')));
  for (const job of waiting) await settings.queue.enqueue(job);
}
