import { recordAudit } from '../audit/auditLog.js';
import type { TenantContext } from '../db/context.js';
import { accounts } from '../db/schema/index.js';
import { assertAcceptablePassword } from './passwordChange.js';
import { hashPassword } from './passwords.js';

/** Gives a person a sign-in with a password that passes the policy. */
export async function createAccount(ctx: TenantContext, input: { personId: string; email: string; password: string; locale?: 'sv' | 'en' }) {
  assertAcceptablePassword(input.password);
  const [row] = await ctx.tx
    .insert(accounts)
    .values({
      tenantId: ctx.tenantId,
      personId: input.personId,
      email: input.email.toLowerCase(),
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? 'sv',
      passwordChangedAt: new Date().toISOString(),
    })
    .returning({ id: accounts.id });
  await recordAudit(ctx, { action: 'account.created', entityType: 'account', entityId: row.id, after: { personId: input.personId, email: input.email } });
  return row.id;
}
