import { createAccount } from './auth/accountService.js';
import { withTenant } from './db/context.js';
import type { Database } from './db/database.js';
import { findRootOrgUnit } from './modules/org/queries.js';
import { createPerson } from './modules/people/service.js';
import { assignRole } from './modules/roles/service.js';
import { createTenant, findTenantBySlug } from './modules/tenants/service.js';

export interface NewAdministrator {
  tenant: string;
  tenantName?: string;
  email: string;
  name: string;
  password: string;
}

/** `varn create-admin`: an administrator for a tenant, creating the tenant when new. */
export async function createAdministrator(database: Database, input: NewAdministrator) {
  const existing = await findTenantBySlug(database, input.tenant);
  const tenant = existing
    ? { tenantId: existing.id, name: existing.name }
    : { tenantId: (await createTenant(database, { slug: input.tenant, name: input.tenantName ?? input.tenant })).tenantId, name: input.tenantName ?? input.tenant };
  await withTenant(database, tenant.tenantId, null, async (ctx) => {
    const root = await findRootOrgUnit(ctx);
    if (!root) throw new Error('The tenant has no org tree');
    const person = await createPerson(ctx, { name: input.name, email: input.email.toLowerCase(), orgUnitId: root.id });
    await createAccount(ctx, { personId: person.id, email: input.email, password: input.password });
    await assignRole(ctx, { personId: person.id, role: 'administrator', scopeType: 'tenant' });
  });
  return { tenantName: tenant.name };
}
