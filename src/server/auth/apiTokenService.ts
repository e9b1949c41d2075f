import { recordAudit } from '../audit/auditLog.js';
import { DomainError, notFound } from '../http/domainError.js';
import type { RequestContext } from '../http/route.js';
import { insertToken, markTokenRevoked, newTokenSecret } from './apiTokenStore.js';

/** A new token for the signed-in person; its secret is returned this once and stored hashed. */
export async function createApiToken(ctx: RequestContext, input: { name: string; expiresInDays: number }) {
  // A leaked token must not be able to mint longer-lived ones for itself.
  if (ctx.actor!.via !== 'session') throw new DomainError(403, 'session_required', 'Create API tokens from a signed-in session, not with a token');
  const { prefix, secret, secretHash } = newTokenSecret();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000).toISOString();
  const token = await insertToken(ctx, { accountId: ctx.actor!.accountId, name: input.name, prefix, secretHash, expiresAt });
  await recordAudit(ctx, { action: 'api_token.created', entityType: 'api_token', entityId: token.id, after: token });
  return { ...token, secret };
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<void> {
  const token = await markTokenRevoked(ctx, ctx.actor!.accountId, id);
  if (!token) throw notFound('API token');
  await recordAudit(ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: token.id, after: token });
}
