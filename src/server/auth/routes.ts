import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiToken, apiTokenCreate, apiTokenCreated, loginRequest, loginResponse, me, meUpdate, passwordChange } from '../../shared/schemas/auth.js';
import { idParams } from '../../shared/schemas/common.js';
import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import { apiTokens } from '../db/schema/index.js';
import { toIso } from '../db/time.js';
import { DomainError, notFound } from '../http/domainError.js';
import { definePublicRoute, defineRoute } from '../http/route.js';
import { listTokens, newTokenSecret, tokenColumns } from './apiTokenStore.js';
import { loadActor } from './authenticate.js';
import { login, logout } from './login.js';
import { describeMe, setLocale } from './meService.js';
import { changePassword } from './passwordChange.js';

const tags = ['Authentication'];

const toToken = (row: Awaited<ReturnType<typeof listTokens>>[number]) => ({
  ...row,
  createdAt: toIso(row.createdAt),
  expiresAt: toIso(row.expiresAt),
  lastUsedAt: toIso(row.lastUsedAt),
  revokedAt: toIso(row.revokedAt),
});

export const authRoutes = [
  definePublicRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary: 'Sign in; sets the session cookie and returns the CSRF token for writes',
    tags,
    access: { permission: 'public' },
    body: loginRequest,
    response: loginResponse,
    handler: async (services, request, reply, body) => {
      const session = await login(services, request, reply, body.email, body.password);
      const auth = await withSystem(services.database, (tx) => loadActor(tx, session.accountId, 'session'));
      return withTenant(services.database, session.tenantId, auth.actor, async (ctx) => {
        await recordAudit(ctx, { action: 'session.signed_in', entityType: 'account', entityId: session.accountId });
        return { ...(await describeMe(ctx, auth.actor, auth, session.csrfToken)), csrfToken: session.csrfToken };
      });
    },
  }),
  definePublicRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary: 'Sign out and end the session',
    tags,
    access: { permission: 'public' },
    handler: (services, request, reply) => logout(services, request, reply),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    summary: 'The signed-in person, their roles and permissions',
    tags,
    access: { permission: 'authenticated' },
    response: me,
    handler: (ctx) => describeMe(ctx, ctx.actor!, ctx.auth, ctx.auth.csrfToken),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/me',
    summary: 'Change own settings (language)',
    tags,
    access: { permission: 'authenticated' },
    body: meUpdate,
    response: me,
    handler: async (ctx, { body }) => {
      await setLocale(ctx, ctx.actor!.accountId, body.locale);
      await recordAudit(ctx, { action: 'account.locale_changed', entityType: 'account', entityId: ctx.actor!.accountId, before: { locale: ctx.auth.locale }, after: { locale: body.locale } });
      return describeMe(ctx, ctx.actor!, { ...ctx.auth, locale: body.locale }, ctx.auth.csrfToken);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/password',
    summary: 'Change own password (at least 12 characters, not a common one)',
    tags,
    access: { permission: 'authenticated' },
    body: passwordChange,
    handler: (ctx, { body }) => changePassword(ctx, body.currentPassword, body.newPassword),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/tokens',
    summary: 'Own API tokens (never their secrets)',
    tags,
    access: { permission: 'authenticated' },
    response: z.array(apiToken),
    handler: async (ctx) => (await listTokens(ctx, ctx.actor!.accountId)).map(toToken),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/tokens',
    summary: 'Create an API token; the secret is returned once and stored only as a hash',
    tags,
    access: { permission: 'authenticated' },
    body: apiTokenCreate,
    response: apiTokenCreated,
    status: 201,
    handler: async (ctx, { body }) => {
      // A leaked token must not be able to mint longer-lived ones for itself.
      if (ctx.actor!.via !== 'session') throw new DomainError(403, 'session_required', 'Create API tokens from a signed-in session, not with a token');
      const { prefix, secret, secretHash } = newTokenSecret();
      const expiresAt = new Date(Date.now() + body.expiresInDays * 86_400_000).toISOString();
      const [row] = await ctx.tx
        .insert(apiTokens)
        .values({ tenantId: ctx.tenantId, accountId: ctx.actor!.accountId, name: body.name, prefix, secretHash, expiresAt })
        .returning(tokenColumns);
      const token = toToken(row);
      await recordAudit(ctx, { action: 'api_token.created', entityType: 'api_token', entityId: token.id, after: token });
      return { ...token, secret };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/me/tokens/:id',
    summary: 'Revoke one of own API tokens',
    tags,
    access: { permission: 'authenticated' },
    params: idParams,
    handler: async (ctx, { params }) => {
      const [row] = await ctx.tx
        .update(apiTokens)
        .set({ revokedAt: new Date().toISOString() })
        .where(and(eq(apiTokens.id, params.id), eq(apiTokens.accountId, ctx.actor!.accountId), isNull(apiTokens.revokedAt)))
        .returning(tokenColumns);
      if (!row) throw notFound('API token');
      await recordAudit(ctx, { action: 'api_token.revoked', entityType: 'api_token', entityId: row.id, after: toToken(row) });
    },
  }),
];

