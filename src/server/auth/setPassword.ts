import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { accounts, sessions } from '../db/schema/index.js';
import { assertAcceptablePassword } from './passwordChange.js';
import { hashPassword } from './passwords.js';

/**
 * `varn set-password`: an operator sets a new password for an account (a forgotten one, or
 * the demo's after its generated password was lost). Signs the account out everywhere.
 */
export async function setPasswordByEmail(database: Database, email: string, password: string): Promise<void> {
  assertAcceptablePassword(password);
  const account = await withSystem(database, async (tx) => {
    const [row] = await tx.select({ id: accounts.id, tenantId: accounts.tenantId }).from(accounts).where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()));
    return row ?? null;
  });
  if (!account) throw new Error(`No account signs in as ${email}.`);
  const passwordHash = await hashPassword(password);
  await withTenant(database, account.tenantId, null, async (ctx) => {
    await ctx.tx.update(accounts).set({ passwordHash, passwordChangedAt: new Date().toISOString() }).where(eq(accounts.id, account.id));
    await ctx.tx.delete(sessions).where(eq(sessions.accountId, account.id));
    await recordAudit(ctx, { action: 'account.password_set_by_operator', entityType: 'account', entityId: account.id });
  });
}
