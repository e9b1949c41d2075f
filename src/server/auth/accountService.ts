import { recordAudit } from '../audit/auditLog.js';
import type { TenantContext } from '../db/context.js';
import type { Tx } from '../db/database.js';
import { accounts } from '../db/schema/index.js';
import { DomainError } from '../http/domainError.js';
import { storePasswordHash } from './accountQueries.js';
import { passwordProblem } from './passwordPolicy.js';
import { hashPassword } from './passwords.js';
import { deleteAccountSessions } from './sessionStore.js';

const policyMessages = {
  password_too_short: 'The password must be at least 12 characters',
  password_too_common: 'The password is too common; choose another',
};

/** Refuses a weak password with the reason; used wherever a password is set. */
export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError(422, problem, policyMessages[problem]);
}

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

/**
 * Sets a new password that passes the policy and signs the account out everywhere else
 * (a changed password must end sessions someone else may hold).
 */
export async function replacePassword(tx: Tx, accountId: string, password: string, keepSessionId?: string): Promise<void> {
  assertAcceptablePassword(password);
  await storePasswordHash(tx, accountId, await hashPassword(password));
  await deleteAccountSessions(tx, accountId, keepSessionId);
}
