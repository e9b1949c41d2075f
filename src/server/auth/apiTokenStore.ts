import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiToken } from '../../shared/schemas/auth.js';
import type { TenantContext } from '../db/context.js';
import type { Tx } from '../db/database.js';
import { apiTokens } from '../db/schema/index.js';
import { toIso } from '../db/time.js';
import { randomSecret, sha256 } from './secrets.js';

/** Tokens look like `varn_<prefix>_<secret>`: the prefix identifies a token in lists and logs. */
export function newTokenSecret() {
  const prefix = randomSecret(6);
  const secret = `varn_${prefix}_${randomSecret(32)}`;
  return { prefix, secret, secretHash: sha256(secret) };
}

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** Rows carry the database's timestamp text; the API speaks ISO-8601. */
function toApiToken(row: ApiToken): ApiToken {
  return {
    ...row,
    createdAt: toIso(row.createdAt),
    expiresAt: toIso(row.expiresAt),
    lastUsedAt: toIso(row.lastUsedAt),
    revokedAt: toIso(row.revokedAt),
  };
}

export async function listTokens(ctx: TenantContext, accountId: string): Promise<ApiToken[]> {
  const rows = await ctx.tx.select(tokenColumns).from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

export async function insertToken(
  ctx: TenantContext,
  values: { accountId: string; name: string; prefix: string; secretHash: string; expiresAt: string },
): Promise<ApiToken> {
  const [row] = await ctx.tx
    .insert(apiTokens)
    .values({ ...values, tenantId: ctx.tenantId })
    .returning(tokenColumns);
  return toApiToken(row);
}

/** Marks the account's own live token revoked; null when there is none by that id. */
export async function markTokenRevoked(ctx: TenantContext, accountId: string, id: string): Promise<ApiToken | null> {
  const [row] = await ctx.tx
    .update(apiTokens)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
    .returning(tokenColumns);
  return row ? toApiToken(row) : null;
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
