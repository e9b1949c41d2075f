import { and, asc, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { TenantContext } from '../db/context.js';
import type { Tx } from '../db/database.js';
import { auditEvents } from '../db/schema/index.js';
import { findFirstBreak, genesisHash, hashEvent, type ChainBreak, type ChainedEvent } from './auditChain.js';

export interface AuditChange {
  /** Verb in the past tense, e.g. `org_unit.created`. */
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the tenant's chain inside the caller's transaction, so the change
 * and its audit record commit or fail together. An advisory lock orders concurrent writers.
 */
export async function recordAudit(ctx: TenantContext, change: AuditChange): Promise<void> {
  await ctx.tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'audit:' + ctx.tenantId}, 0))`);
  const [last] = await ctx.tx
    .select({ chainIndex: auditEvents.chainIndex, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.tenantId, ctx.tenantId))
    .orderBy(desc(auditEvents.chainIndex))
    .limit(1);
  const event: ChainedEvent = {
    tenantId: ctx.tenantId,
    chainIndex: (last?.chainIndex ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: ctx.actor?.personId ?? null,
    actorName: ctx.actor?.name ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: stripSecrets(change.before ?? null),
    after: stripSecrets(change.after ?? null),
    prevHash: last?.hash ?? genesisHash,
  };
  await ctx.tx.insert(auditEvents).values({ ...event, hash: hashEvent(event) });
}

const secretKeys = new Set(['passwordHash', 'password', 'secretHash', 'secret', 'csrfToken', 'idHash']);

/** Audit rows are read by auditors: they must never carry credentials. */
function stripSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(stripSecrets);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !secretKeys.has(key))
      .map(([key, inner]) => [key, stripSecrets(inner)]),
  );
}

export interface AuditFilter {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  before?: string;
  limit: number;
}

export async function listAuditEvents(ctx: TenantContext, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.tenantId, ctx.tenantId)];
  if (filter.actorId) conditions.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.entityType) conditions.push(eq(auditEvents.entityType, filter.entityType));
  if (filter.entityId) conditions.push(eq(auditEvents.entityId, filter.entityId));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lte(auditEvents.at, filter.to));
  if (filter.before) conditions.push(lt(auditEvents.id, BigInt(filter.before)));
  const rows = await ctx.tx
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map((row) => ({
      id: row.id.toString(),
      at: new Date(row.at).toISOString(),
      actorId: row.actorId,
      actorName: row.actorName,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
    nextCursor: rows.length > filter.limit ? page[page.length - 1].id.toString() : null,
  };
}

export interface TenantChainReport {
  tenantId: string;
  events: number;
  firstBreak: ChainBreak | null;
}

/** Walks one tenant's chain from the start; works under the tenant's own row-level security. */
export async function verifyTenantChain(tx: Tx, tenantId: string): Promise<TenantChainReport> {
  const rows = await tx.select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.chainIndex));
  const events = rows.map((row) => ({ ...row, id: row.id.toString() }));
  return { tenantId, events: events.length, firstBreak: findFirstBreak(events) };
}

/** Verifies every tenant's chain; maintenance work that reads across tenants. */
export async function verifyAuditChains(tx: Tx): Promise<TenantChainReport[]> {
  const tenantRows = await tx.selectDistinct({ tenantId: auditEvents.tenantId }).from(auditEvents);
  const reports: TenantChainReport[] = [];
  for (const { tenantId } of tenantRows) reports.push(await verifyTenantChain(tx, tenantId));
  return reports;
}
