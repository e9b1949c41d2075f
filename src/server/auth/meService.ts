import { eq } from 'drizzle-orm';
import { permissions } from '../../shared/permissions.js';
import { hasAnywhere } from '../../shared/access.js';
import type { Locale } from '../../shared/locales.js';
import type { Me } from '../../shared/schemas/auth.js';
import type { Actor, TenantContext } from '../db/context.js';
import { accounts, tenants } from '../db/schema/index.js';
import type { GrantWithUnit } from './grants.js';

/** The signed-in person as the web app needs them: who, where, which roles and permissions. */
export async function describeMe(ctx: TenantContext, actor: Actor, account: { email: string; locale: string }, csrfToken?: string): Promise<Me> {
  const [tenant] = await ctx.tx.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.id, actor.tenantId));
  const grants = actor.grants as GrantWithUnit[];
  return {
    personId: actor.personId,
    name: actor.name,
    email: account.email,
    locale: account.locale as Locale,
    tenant,
    grants: grants.map(({ role, scopeType, orgUnitId, orgUnitName }) => ({ role, scopeType, orgUnitId, orgUnitName })),
    permissions: permissions.filter((permission) => hasAnywhere(grants, permission)),
    csrfToken,
  };
}

export async function setLocale(ctx: TenantContext, accountId: string, locale: Locale) {
  await ctx.tx.update(accounts).set({ locale }).where(eq(accounts.id, accountId));
}
