import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/auditLog.js';
import { withSystem, withTenant } from '../../db/context.js';
import type { Database } from '../../db/database.js';
import { insertOrgUnit, toOrgUnit } from '../org/queries.js';
import { countTenantRows, findTenantRowBySlug, insertTenant } from './queries.js';

export interface NewTenant {
  name: string;
  slug: string;
}

/** Creates a tenant with the top unit of its org tree; returns the ids of both. */
export async function createTenant(database: Database, input: NewTenant) {
  const tenantId: string = randomUUID();
  await withSystem(database, (tx) => insertTenant(tx, { id: tenantId, name: input.name, slug: input.slug }));
  const rootId: string = randomUUID();
  await withTenant(database, tenantId, null, async (ctx) => {
    await recordAudit(ctx, { action: 'tenant.created', entityType: 'tenant', entityId: tenantId, after: input });
    const root = await insertOrgUnit(ctx, { id: rootId, name: input.name, type: 'organisation', parentId: null, path: `/${rootId}/` });
    await recordAudit(ctx, { action: 'org_unit.created', entityType: 'org_unit', entityId: rootId, after: toOrgUnit(root) });
  });
  return { tenantId, rootOrgUnitId: rootId };
}

export async function findTenantBySlug(database: Database, slug: string) {
  return withSystem(database, (tx) => findTenantRowBySlug(tx, slug));
}

export async function countTenants(database: Database): Promise<number> {
  return withSystem(database, (tx) => countTenantRows(tx));
}
