import { sql } from 'drizzle-orm';
import type { Grant } from '../../shared/access.js';
import type { Database, Tx } from './database.js';

/** The person a request acts for. System work (seeding, CLI) has no actor. */
export interface Actor {
  accountId: string;
  personId: string;
  name: string;
  tenantId: string;
  grants: Grant[];
  via: 'session' | 'token';
}

/** What every tenant query takes: it cannot run without a tenant. */
export interface TenantContext {
  tx: Tx;
  tenantId: string;
  actor: Actor | null;
}

/**
 * Runs `work` in one transaction as the unprivileged varn_app role with the tenant set,
 * so row-level security hides every other tenant's rows even from a buggy query.
 */
export async function withTenant<T>(
  database: Database,
  tenantId: string,
  actor: Actor | null,
  work: (ctx: TenantContext) => Promise<T>,
): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('varn.tenant_id', ${tenantId}, true)`);
    await tx.execute(sql`set local role varn_app`);
    return work({ tx: tx as Tx, tenantId, actor });
  });
}

/** Maintenance work across tenants (sign-in lookups, audit verification, seeding tenants). */
export async function withSystem<T>(database: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return database.db.transaction(async (tx) => work(tx as Tx));
}
