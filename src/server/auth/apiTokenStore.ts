import { and, desc, eq, isNull } from 'drizzle-orm';
import type { TenantContext } from '../db/context.js';
import type { Tx } from '../db/database.js';
import { apiTokens } from '../db/schema/index.js';
import { randomSecret, sha256 } from './secrets.js';

/** Tokens look like `varn_<prefix>_<secret>`: the prefix identifies a token in lists and logs. */
export function newTokenSecret() {
  const prefix = randomSecret(6);
  const secret = `varn_${prefix}_${randomSecret(32)}`;
  return { prefix, secret, secretHash: sha256(secret) };
}

export const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

export async function listTokens(ctx: TenantContext, accountId: string) {
  return ctx.tx.select(tokenColumns).from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.createdAt));
}

/** Looks a bearer token up at sign-in time (before the tenant is known). */
export async function findUsableToken(tx: Tx, secret: string, now = new Date()) {
  const [token] = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.secretHash, sha256(secret)), isNull(apiTokens.revokedAt)));
  if (!token || new Date(token.expiresAt) <= now) return null;
  if (!token.lastUsedAt || now.getTime() - new Date(token.lastUsedAt).getTime() > 60_000) {
    await tx.update(apiTokens).set({ lastUsedAt: now.toISOString() }).where(eq(apiTokens.id, token.id));
  }
  return token;
}
