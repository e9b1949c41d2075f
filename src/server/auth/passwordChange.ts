import { and, eq, ne } from 'drizzle-orm';
import { recordAudit } from '../audit/auditLog.js';
import type { RequestContext } from '../http/route.js';
import { accounts, sessions } from '../db/schema/index.js';
import { DomainError } from '../http/domainError.js';
import { sha256 } from './secrets.js';
import { sessionCookieName } from './sessionStore.js';
import { passwordProblem } from './passwordPolicy.js';
import { hashPassword, verifyPassword } from './passwords.js';

const policyMessages = {
  password_too_short: 'The password must be at least 12 characters',
  password_too_common: 'The password is too common; choose another',
};

/** Refuses a weak password with the reason; used wherever a password is set. */
export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new DomainError(422, problem, policyMessages[problem]);
}

/** Changes own password after checking the current one; other sessions are signed out. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  const accountId = ctx.actor!.accountId;
  const [account] = await ctx.tx.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, accountId));
  if (!(await verifyPassword(account?.passwordHash ?? null, currentPassword))) {
    throw new DomainError(422, 'password_wrong', 'The current password is wrong');
  }
  assertAcceptablePassword(newPassword);
  await ctx.tx
    .update(accounts)
    .set({ passwordHash: await hashPassword(newPassword), passwordChangedAt: new Date().toISOString() })
    .where(eq(accounts.id, accountId));
  const currentSession = ctx.auth.actor.via === 'session' ? ctx.request.cookies[sessionCookieName] : undefined;
  await ctx.tx
    .delete(sessions)
    .where(currentSession ? and(eq(sessions.accountId, accountId), ne(sessions.idHash, sha256(currentSession))) : eq(sessions.accountId, accountId));
  await recordAudit(ctx, { action: 'account.password_changed', entityType: 'account', entityId: accountId });
}
