import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { findAccountByEmail } from './accountQueries.js';
import { assertAcceptablePassword, replacePassword } from './accountService.js';

/**
 * `varn set-password`: an operator sets a new password for an account (a forgotten one, or
 * the demo's after its generated password was lost). Signs the account out everywhere.
 */
export async function setPasswordByEmail(database: Database, email: string, password: string): Promise<void> {
  assertAcceptablePassword(password);
  const account = await withSystem(database, (tx) => findAccountByEmail(tx, email));
  if (!account) throw new Error(`No account signs in as ${email}.`);
  await withTenant(database, account.tenantId, null, async (ctx) => {
    await replacePassword(ctx.tx, account.id, password);
    await recordAudit(ctx, { action: 'account.password_set_by_operator', entityType: 'account', entityId: account.id });
  });
}
