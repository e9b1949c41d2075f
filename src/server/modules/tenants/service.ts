import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/auditLog.js';
import { withSystem, withTenant } from '../../db/context.js';
import type { Database } from '../../db/database.js';
import { tenants } from '../../db/schema/index.js';
import { insertOrgUnit, toOrgUnit } from '../org/queries.js';

export interface NewTenant {
  name: string;
  slug: string;
}

/** Creates a tenant with the top unit of its org tree; returns the ids of both. */
export async function createTenant(database: Database, input: NewTenant) {
  const tenantId: string = randomUUID();
  await withSystem(database, (tx) => tx.insert(tenants).values({ id: tenantId, tenantId, name: input.name, slug: input.slug }));
  const rootId: string = randomUUID();
  await withTenant(database, tenantId, null, async (ctx) => {
    await recordAudit(ctx, { action: 'tenant.created', entityType: 'tenant', entityId: tenantId, after: input });
    const root = await insertOrgUnit(ctx, { id: rootId, name: input.name, type: 'organisation', parentId: null, path: `/${rootId}/` });
    await recordAudit(ctx, { action: 'org_unit.created', entityType: 'org_unit', entityId: rootId, after: toOrgUnit(root) });
  });
  return { tenantId, rootOrgUnitId: rootId };
}

export async function findTenantBySlug(database: Database, slug: string) {
  return withSystem(database, async (tx) => {
    const [row] = await tx.select().from(tenants).where(eq(tenants.slug, slug));
    return row ?? null;
  });
}

export async function countTenants(database: Database): Promise<number> {
  return withSystem(database, async (tx) => (await tx.select({ id: tenants.id }).from(tenants)).length);
}
