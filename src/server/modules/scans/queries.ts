import { and, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { findings, people, scans, scanScopes } from '../../db/schema/index.js';
import type { ReportMergeCounts } from '../findings/reportMerge.js';

export type ScanRow = typeof scans.$inferSelect;
export type ScanWithNames = ScanRow & { scopeName: string; createdByName: string | null };

/** The scope of this name (case does not matter), made on first use. */
export async function findOrCreateScope(ctx: TenantContext, name: string): Promise<{ id: string; name: string; created: boolean }> {
  const [created] = await ctx.tx
    .insert(scanScopes)
    .values({ tenantId: ctx.tenantId, name })
    .onConflictDoNothing()
    .returning({ id: scanScopes.id, name: scanScopes.name });
  if (created) return { ...created, created: true };
  const [existing] = await ctx.tx
    .select({ id: scanScopes.id, name: scanScopes.name })
    .from(scanScopes)
    .where(and(eq(scanScopes.tenantId, ctx.tenantId), sql`lower(${scanScopes.name}) = lower(${name})`));
  return { ...existing!, created: false };
}

export async function insertScan(ctx: TenantContext, values: Pick<ScanRow, 'id' | 'scopeId' | 'format' | 'fileName' | 'fileSize' | 'createdBy'>): Promise<ScanRow> {
  const [row] = await ctx.tx
    .insert(scans)
    .values({ ...values, tenantId: ctx.tenantId })
    .returning();
  return row!;
}

const withNames = {
  scan: scans,
  scopeName: scanScopes.name,
  createdByName: people.name,
};

function selectScans(ctx: TenantContext) {
  return ctx.tx.select(withNames).from(scans).innerJoin(scanScopes, eq(scanScopes.id, scans.scopeId)).leftJoin(people, eq(people.id, scans.createdBy));
}

const flatten = (row: { scan: ScanRow; scopeName: string; createdByName: string | null }): ScanWithNames => ({ ...row.scan, scopeName: row.scopeName, createdByName: row.createdByName });

export async function findScan(ctx: TenantContext, id: string): Promise<ScanWithNames | null> {
  const [row] = await selectScans(ctx).where(and(eq(scans.tenantId, ctx.tenantId), eq(scans.id, id)));
  return row ? flatten(row) : null;
}

/** Most recent first. */
export async function listScanRows(ctx: TenantContext, filter: { scopeId?: string; limit: number; offset: number }): Promise<{ rows: ScanWithNames[]; total: number }> {
  const where = and(eq(scans.tenantId, ctx.tenantId), filter.scopeId ? eq(scans.scopeId, filter.scopeId) : undefined);
  const [{ total }] = await ctx.tx.select({ total: count() }).from(scans).where(where);
  const rows = await selectScans(ctx).where(where).orderBy(desc(scans.createdAt), desc(scans.id)).limit(filter.limit).offset(filter.offset);
  return { rows: rows.map(flatten), total };
}

export async function listScopeRows(ctx: TenantContext) {
  const lastScans = ctx.tx
    .select({ scopeId: scans.scopeId, lastScanAt: max(scans.createdAt).as('last_scan_at') })
    .from(scans)
    .where(eq(scans.tenantId, ctx.tenantId))
    .groupBy(scans.scopeId)
    .as('last_scans');
  const openCounts = ctx.tx
    .select({ scopeId: findings.scopeId, open: count().as('open') })
    .from(findings)
    .where(and(eq(findings.tenantId, ctx.tenantId), inArray(findings.status, ['open', 'in_progress'])))
    .groupBy(findings.scopeId)
    .as('open_counts');
  return ctx.tx
    .select({ id: scanScopes.id, name: scanScopes.name, lastScanAt: lastScans.lastScanAt, openFindings: openCounts.open })
    .from(scanScopes)
    .leftJoin(lastScans, eq(lastScans.scopeId, scanScopes.id))
    .leftJoin(openCounts, eq(openCounts.scopeId, scanScopes.id))
    .where(eq(scanScopes.tenantId, ctx.tenantId))
    .orderBy(scanScopes.name);
}

/**
 * Takes a scan for import: queued, or running when its job is retried after the process that
 * ran it stopped (the job's expiry). Null when it is done, failed or gone.
 */
export async function claimScan(ctx: TenantContext, id: string): Promise<(Pick<ScanRow, 'id' | 'scopeId' | 'format' | 'fileSize'> & { scopeName: string }) | null> {
  const [row] = await ctx.tx
    .update(scans)
    .set({ status: 'running', startedAt: sql`now()`, bytesRead: 0 })
    .where(and(eq(scans.tenantId, ctx.tenantId), eq(scans.id, id), inArray(scans.status, ['queued', 'running'])))
    .returning({ id: scans.id, scopeId: scans.scopeId, format: scans.format, fileSize: scans.fileSize });
  if (!row) return null;
  const [scope] = await ctx.tx.select({ name: scanScopes.name }).from(scanScopes).where(eq(scanScopes.id, row.scopeId));
  return { ...row, scopeName: scope!.name };
}

export async function recordBytesRead(ctx: TenantContext, id: string, bytesRead: number): Promise<void> {
  await ctx.tx
    .update(scans)
    .set({ bytesRead })
    .where(and(eq(scans.tenantId, ctx.tenantId), eq(scans.id, id), eq(scans.status, 'running')));
}

export async function recordScanDone(ctx: TenantContext, id: string, counts: ReportMergeCounts, finishedAt: string): Promise<void> {
  await ctx.tx
    .update(scans)
    .set({
      status: 'done',
      bytesRead: sql`${scans.fileSize}`,
      assets: counts.assets,
      findingsTotal: counts.total,
      findingsNew: counts.new,
      findingsReopened: counts.reopened,
      findingsUnchanged: counts.unchanged,
      findingsClosed: counts.closed,
      severityCritical: counts.severities.critical,
      severityHigh: counts.severities.high,
      severityMedium: counts.severities.medium,
      severityLow: counts.severities.low,
      severityInfo: counts.severities.info,
      finishedAt,
    })
    .where(and(eq(scans.tenantId, ctx.tenantId), eq(scans.id, id)));
}

export async function recordScanFailed(ctx: TenantContext, id: string, error: string): Promise<void> {
  await ctx.tx
    .update(scans)
    .set({ status: 'failed', error, finishedAt: sql`now()` })
    .where(and(eq(scans.tenantId, ctx.tenantId), eq(scans.id, id)));
}

/** Staging rows of the scan (through the tenant's view of them). */
export async function deleteStagingRows(ctx: TenantContext, scanId: string): Promise<void> {
  await ctx.tx.execute(sql`delete from scan_rows_in_tenant where scan_id = ${scanId}`);
}

export async function countStagingRows(ctx: TenantContext, scanId: string): Promise<number> {
  const result = (await ctx.tx.execute(sql`select count(*)::int as n from scan_rows_in_tenant where scan_id = ${scanId}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0].n;
}
