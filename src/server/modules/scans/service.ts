import type { z } from 'zod';
import type { AssetKind, FindingSeverity, ScanDetail, scanListQuery, ScanFormat, ScanStatus } from '../../../shared/schemas/vulnerability.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { toIso } from '../../db/time.js';
import { notFound } from '../../http/domainError.js';
import type { AssetKind as ParserAssetKind, FindingSeverity as ParserSeverity, ScanFormat as ParserScanFormat } from '../scanImport/parsers/types.js';
import { findOrCreateScope, findScan, insertScan, listScanRows, listScopeRows, type ScanWithNames } from './queries.js';

// The parsers and the API must name the same formats, severities and asset kinds: these fail to compile if they drift apart.
type Same<A, B> = [A, B] extends [B, A] ? true : never;
const sameVocabulary: [Same<ScanFormat, ParserScanFormat>, Same<FindingSeverity, ParserSeverity>, Same<AssetKind, ParserAssetKind>] = [true, true, true];
void sameVocabulary;

/** An upload on disk, received before the transaction (see upload.ts). */
export interface ScanUpload {
  id: string;
  scope: string;
  format: ScanFormat;
  fileName: string;
  fileSize: number;
}

/** Records the uploaded report as a queued scan of its scope (made on first use), audited. The caller starts the job after commit. */
export async function acceptScan(ctx: TenantContext, upload: ScanUpload): Promise<{ id: string }> {
  const scope = await findOrCreateScope(ctx, upload.scope);
  if (scope.created) await recordAudit(ctx, { action: 'scan_scope.created', entityType: 'scan_scope', entityId: scope.id, after: { name: scope.name } });
  const scan = await insertScan(ctx, {
    id: upload.id,
    scopeId: scope.id,
    format: upload.format,
    fileName: upload.fileName,
    fileSize: upload.fileSize,
    createdBy: ctx.actor?.personId ?? null,
  });
  await recordAudit(ctx, {
    action: 'scan.uploaded',
    entityType: 'scan',
    entityId: scan.id,
    after: { scope: scope.name, format: scan.format, fileName: scan.fileName, fileSize: scan.fileSize },
  });
  return { id: scan.id };
}

export function scanView(row: ScanWithNames): ScanDetail {
  const done = row.status === 'done';
  return {
    id: row.id,
    scope: { id: row.scopeId, name: row.scopeName },
    format: row.format as ScanFormat,
    fileName: row.fileName,
    fileSize: row.fileSize,
    status: row.status as ScanStatus,
    ...(row.error ? { error: row.error } : {}),
    progress: done ? 1 : row.fileSize > 0 ? Math.min(1, row.bytesRead / row.fileSize) : 0,
    assets: row.assets,
    findings: { total: row.findingsTotal, new: row.findingsNew, reopened: row.findingsReopened, unchanged: row.findingsUnchanged, closed: row.findingsClosed },
    severities: { critical: row.severityCritical, high: row.severityHigh, medium: row.severityMedium, low: row.severityLow, info: row.severityInfo },
    createdBy: row.createdBy ? { id: row.createdBy, name: row.createdByName ?? '' } : null,
    createdAt: toIso(row.createdAt),
    startedAt: toIso(row.startedAt),
    finishedAt: toIso(row.finishedAt),
  };
}

export async function describeScan(ctx: TenantContext, id: string): Promise<ScanDetail> {
  const row = await findScan(ctx, id);
  if (!row) throw notFound('scan');
  return scanView(row);
}

export async function listScans(ctx: TenantContext, query: z.output<typeof scanListQuery>) {
  const { rows, total } = await listScanRows(ctx, { scopeId: query.scope, limit: query.limit, offset: query.offset });
  return { items: rows.map(scanView), total };
}

export async function listScopes(ctx: TenantContext) {
  const rows = await listScopeRows(ctx);
  return { items: rows.map((row) => ({ id: row.id, name: row.name, lastScanAt: toIso(row.lastScanAt), openFindings: Number(row.openFindings ?? 0) })) };
}
