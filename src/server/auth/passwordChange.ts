import { recordAudit } from '../audit/auditLog.js';
import { DomainError } from '../http/domainError.js';
import type { RequestContext } from '../http/route.js';
import { readPasswordHash } from './accountQueries.js';
import { replacePassword } from './accountService.js';
import { verifyPassword } from './passwords.js';
import { sessionCookieName } from './sessionStore.js';

/** Changes own password after checking the current one; other sessions are signed out. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<void> {
  const accountId = ctx.actor!.accountId;
  if (!(await verifyPassword(await readPasswordHash(ctx.tx, accountId), currentPassword))) {
    throw new DomainError(422, 'password_wrong', 'The current password is wrong');
  }
  const currentSession = ctx.auth.actor.via === 'session' ? ctx.request.cookies[sessionCookieName] : undefined;
  await replacePassword(ctx.tx, accountId, newPassword, currentSession);
  await recordAudit(ctx, { action: 'account.password_changed', entityType: 'account', entityId: accountId });
}
