import { eq } from 'drizzle-orm';
import { permissions } from '../../shared/permissions.js';
import { hasAnywhere } from '../../shared/access.js';
import type { Locale } from '../../shared/locales.js';
import type { Me } from '../../shared/schemas/auth.js';
import type { Actor, TenantContext } from '../db/context.js';
import { tenants } from '../db/schema/index.js';
import { recordAudit } from '../audit/auditLog.js';
import type { RequestContext } from '../http/route.js';
import { storeLocale } from './accountQueries.js';
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
    grants: grants.map(({ role, scopeType, orgUnitId, orgUnitName, objectId, objectName }) => ({ role, scopeType, orgUnitId, orgUnitName, objectId, objectName })),
    permissions: permissions.filter((permission) => hasAnywhere(grants, permission)),
    csrfToken,
  };
}

/** Saves the person's language (audited) and answers with their updated self. */
export async function changeLocale(ctx: RequestContext, locale: Locale): Promise<Me> {
  const accountId = ctx.actor!.accountId;
  await storeLocale(ctx.tx, accountId, locale);
  await recordAudit(ctx, { action: 'account.locale_changed', entityType: 'account', entityId: accountId, before: { locale: ctx.auth.locale }, after: { locale } });
  return describeMe(ctx, ctx.actor!, { ...ctx.auth, locale }, ctx.auth.csrfToken);
}
