import path from 'node:path';
import type PgBoss from 'pg-boss';

export const scanImportQueueName = 'scan-import';

/** What the import job needs to find its scan: the tenant to act in and the scan (also the job's id). */
export interface ScanImportJob {
  tenantId: string;
  scanId: string;
}

/** 2 GiB: the largest scanner report an upload may carry. */
export const defaultMaxScanUploadBytes = 2 * 1024 ** 3;

/**
 * Sends scan-import jobs once the job queue runs. The HTTP app is built before pg-boss starts
 * (main.ts), so a scan accepted before that stays queued and is sent when the worker starts
 * (see `scheduleScanImports`). The job id is the scan id: sending twice is harmless.
 */
export class ScanImportQueue {
  #boss: PgBoss | null = null;

  attach(boss: PgBoss): void {
    this.#boss = boss;
  }

  /** True once jobs are really sent (false in an app without a job queue, e.g. most tests). */
  get running(): boolean {
    return this.#boss !== null;
  }

  async enqueue(job: ScanImportJob): Promise<void> {
    if (!this.#boss) return;
    // A 2 GB report takes minutes. An import whose process stopped expires after an hour and
    // runs once more (claimScan takes a scan still marked running); a failed report is not retried.
    await this.#boss.send(scanImportQueueName, job, { id: job.scanId, retryLimit: 1, expireInSeconds: 3600 });
  }
}

/** Where uploads wait for their import, how large they may be, and the queue that imports them. */
export interface ScanImportSettings {
  uploadDir: string;
  maxUploadBytes: number;
  queue: ScanImportQueue;
}

/** Uploads live in the data directory (temp/scan-uploads), which must be shared when several processes serve one database. */
export function scanImportSettings(dataDir: string, maxUploadBytes = defaultMaxScanUploadBytes): ScanImportSettings {
  return { uploadDir: path.join(dataDir, 'temp', 'scan-uploads'), maxUploadBytes, queue: new ScanImportQueue() };
}

/** The uploaded file of a scan: named by the scan id, so the job finds it from the id alone. */
export const scanUploadPath = (settings: Pick<ScanImportSettings, 'uploadDir'>, scanId: string) => path.join(settings.uploadDir, `${scanId}.upload`);
