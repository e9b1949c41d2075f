import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { tenants } from '../../db/schema/index.js';

// Tenants are looked up before any tenant is set, so these take the maintenance transaction.

export async function insertTenant(tx: Tx, values: { id: string; name: string; slug: string }): Promise<void> {
  await tx.insert(tenants).values({ ...values, tenantId: values.id });
}

export async function findTenantRowBySlug(tx: Tx, slug: string) {
  const [row] = await tx.select().from(tenants).where(eq(tenants.slug, slug));
  return row ?? null;
}

export async function countTenantRows(tx: Tx): Promise<number> {
  const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(tenants);
  return row.count;
}
