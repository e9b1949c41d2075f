import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FindingSeverity, FindingStatus } from '../../../shared/schemas/vulnerability.js';
import type { TenantContext } from '../../db/context.js';
import { assets, findingEvents, findings, findingTexts, people, scans, scanScopes } from '../../db/schema/index.js';

export interface FindingFilter {
  scopeId?: string;
  assetId?: string;
  severities?: FindingSeverity[];
  statuses?: FindingStatus[];
  limit: number;
  offset: number;
}

const summaryColumns = {
  finding: findings,
  scopeName: scanScopes.name,
  asset: { id: assets.id, kind: assets.kind, key: assets.key, ip: assets.ip, fqdn: assets.fqdn },
};
export type FindingRow = { finding: typeof findings.$inferSelect; scopeName: string; asset: { id: string; kind: string; key: string; ip: string | null; fqdn: string | null } };

function selectFindings(ctx: TenantContext) {
  return ctx.tx.select(summaryColumns).from(findings).innerJoin(scanScopes, eq(scanScopes.id, findings.scopeId)).innerJoin(assets, eq(assets.id, findings.assetId));
}

/** Most severe first, then most recently seen. */
export async function listFindingRows(ctx: TenantContext, filter: FindingFilter): Promise<{ rows: FindingRow[]; total: number }> {
  const where = and(
    eq(findings.tenantId, ctx.tenantId),
    filter.scopeId ? eq(findings.scopeId, filter.scopeId) : undefined,
    filter.assetId ? eq(findings.assetId, filter.assetId) : undefined,
    filter.severities?.length ? inArray(findings.severity, filter.severities) : undefined,
    filter.statuses?.length ? inArray(findings.status, filter.statuses) : undefined,
  );
  const [{ total }] = await ctx.tx.select({ total: count() }).from(findings).where(where);
  const rows = await selectFindings(ctx).where(where).orderBy(desc(findings.severityRank), desc(findings.lastSeenAt), asc(findings.id)).limit(filter.limit).offset(filter.offset);
  return { rows, total };
}

/** The rule's description and solution of the finding, which findings share (finding_texts). */
export async function findFindingTexts(ctx: TenantContext, textHash: string | null): Promise<{ description: string | null; solution: string | null }> {
  if (textHash === null) return { description: null, solution: null };
  const [row] = await ctx.tx
    .select({ description: findingTexts.description, solution: findingTexts.solution })
    .from(findingTexts)
    .where(and(eq(findingTexts.tenantId, ctx.tenantId), eq(findingTexts.hash, textHash)));
  return row ?? { description: null, solution: null };
}

export async function findFindingRow(ctx: TenantContext, id: string): Promise<FindingRow | null> {
  const [row] = await selectFindings(ctx).where(and(eq(findings.tenantId, ctx.tenantId), eq(findings.id, id)));
  return row ?? null;
}

export async function scanRefs(ctx: TenantContext, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.tx
    .select({ id: scans.id, fileName: scans.fileName, createdAt: scans.createdAt })
    .from(scans)
    .where(and(eq(scans.tenantId, ctx.tenantId), inArray(scans.id, ids)));
}

const eventScans = alias(scans, 'event_scans');

/** Oldest first: the finding's story as it happened. */
export async function findingHistory(ctx: TenantContext, findingId: string) {
  return ctx.tx
    .select({
      at: findingEvents.at,
      fromStatus: findingEvents.fromStatus,
      toStatus: findingEvents.toStatus,
      scanId: eventScans.id,
      scanFileName: eventScans.fileName,
      personId: people.id,
      personName: people.name,
      comment: findingEvents.comment,
    })
    .from(findingEvents)
    .leftJoin(eventScans, eq(eventScans.id, findingEvents.scanId))
    .leftJoin(people, eq(people.id, findingEvents.personId))
    .where(and(eq(findingEvents.tenantId, ctx.tenantId), eq(findingEvents.findingId, findingId)))
    .orderBy(asc(findingEvents.at), asc(findingEvents.id));
}
