import { z } from 'zod';
import { apiToken, apiTokenCreate, apiTokenCreated, loginRequest, loginResponse, me, meUpdate, passwordChange } from '../../shared/schemas/auth.js';
import { idParams } from '../../shared/schemas/common.js';
import { definePublicRoute, defineRoute } from '../http/route.js';
import { createApiToken, revokeApiToken } from './apiTokenService.js';
import { listTokens } from './apiTokenStore.js';
import { logout, signIn } from './login.js';
import { changeLocale, describeMe } from './meService.js';
import { changePassword } from './passwordChange.js';

const tags = ['Authentication'];

export const authRoutes = [
  definePublicRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary: 'Sign in; sets the session cookie and returns the CSRF token for writes',
    tags,
    access: { permission: 'public' },
    body: loginRequest,
    response: loginResponse,
    handler: (services, request, reply, body) => signIn(services, request, reply, body.email, body.password),
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
    handler: (ctx, { body }) => changeLocale(ctx, body.locale),
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
    handler: (ctx) => listTokens(ctx, ctx.actor!.accountId),
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
    handler: (ctx, { body }) => createApiToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/me/tokens/:id',
    summary: 'Revoke one of own API tokens',
    tags,
    access: { permission: 'authenticated' },
    params: idParams,
    handler: (ctx, { params }) => revokeApiToken(ctx, params.id),
  }),
];

