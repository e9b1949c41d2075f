import { eq, sql } from 'drizzle-orm';
import type { Locale } from '../../shared/locales.js';
import type { Tx } from '../db/database.js';
import { accounts, people } from '../db/schema/index.js';

/** The account that signs in with this e-mail (any case, surrounding spaces ignored), across tenants. */
export async function findAccountByEmail(tx: Tx, email: string) {
  const [row] = await tx
    .select({ id: accounts.id, tenantId: accounts.tenantId, passwordHash: accounts.passwordHash, disabledAt: accounts.disabledAt, status: people.employmentStatus })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(sql`lower(${accounts.email})`, email.trim().toLowerCase()));
  return row ?? null;
}

export async function readPasswordHash(tx: Tx, accountId: string): Promise<string | null> {
  const [row] = await tx.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.id, accountId));
  return row?.passwordHash ?? null;
}

export async function storePasswordHash(tx: Tx, accountId: string, passwordHash: string): Promise<void> {
  await tx.update(accounts).set({ passwordHash, passwordChangedAt: new Date().toISOString() }).where(eq(accounts.id, accountId));
}

export async function storeLocale(tx: Tx, accountId: string, locale: Locale): Promise<void> {
  await tx.update(accounts).set({ locale }).where(eq(accounts.id, accountId));
}
