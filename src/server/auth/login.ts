import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import { DomainError } from '../http/domainError.js';
import type { AppServices } from '../http/route.js';
import { findAccountByEmail } from './accountQueries.js';
import { loadActor } from './authenticate.js';
import { forgiveAttempt, recordFailure, secondsBlocked, throttleKeys, throttleRules } from './loginThrottle.js';
import { describeMe } from './meService.js';
import { verifyPassword } from './passwords.js';
import { safeEqual } from './secrets.js';
import { createSession, deleteSession, findLiveSession, sessionCookieName } from './sessionStore.js';

export function setSessionCookie(services: AppServices, reply: FastifyReply, sessionId: string) {
  reply.setCookie(sessionCookieName, sessionId, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: services.secureCookies,
    maxAge: Math.floor(services.sessionLimits.absoluteMs / 1000),
  });
}

function tooManyAttempts(seconds: number) {
  return new DomainError(429, 'too_many_attempts', `Too many failed sign-ins; try again in ${seconds} seconds`, {
    'retry-after': String(seconds),
  });
}

/**
 * Signs in with e-mail and password. Failures count per account and per IP address; past
 * the limit both answer 429 with Retry-After. Success always starts a brand-new session.
 */
async function login(services: AppServices, request: FastifyRequest, reply: FastifyReply, email: string, password: string) {
  const { database } = services;
  const keys = throttleKeys(email, request.ip);
  const wait = await withSystem(database, (tx) => secondsBlocked(tx, [keys.account, keys.ip]));
  if (wait > 0) throw tooManyAttempts(wait);
  // Counted before the (slow) password check, so parallel guesses all count.
  const counts = await withSystem(database, async (tx) => ({
    account: await recordFailure(tx, keys.account, throttleRules.account),
    ip: await recordFailure(tx, keys.ip, throttleRules.ip),
  }));
  if (counts.account > throttleRules.account.limit || counts.ip > throttleRules.ip.limit) {
    throw tooManyAttempts(await withSystem(database, (tx) => secondsBlocked(tx, [keys.account, keys.ip])));
  }

  const account = await withSystem(database, (tx) => findAccountByEmail(tx, email));
  const valid = (await verifyPassword(account?.passwordHash ?? null, password)) && account && !account.disabledAt && account.status !== 'ended';
  if (!valid || !account) {
    if (account) await auditFailedSignIn(services, account.tenantId, account.id);
    throw new DomainError(401, 'invalid_credentials', 'Wrong e-mail or password');
  }

  const previous = request.cookies[sessionCookieName];
  const session = await withSystem(database, async (tx) => {
    await forgiveAttempt(tx, keys.account, throttleRules.account, true);
    await forgiveAttempt(tx, keys.ip, throttleRules.ip, false);
    if (previous) await deleteSession(tx, previous);
    return createSession(tx, account.tenantId, account.id);
  });
  setSessionCookie(services, reply, session.id);
  return { accountId: account.id, tenantId: account.tenantId, csrfToken: session.csrfToken };
}

/** Signs in and answers as the web app needs: who is signed in, and the CSRF token for writes. */
export async function signIn(services: AppServices, request: FastifyRequest, reply: FastifyReply, email: string, password: string) {
  const session = await login(services, request, reply, email, password);
  const auth = await withSystem(services.database, (tx) => loadActor(tx, session.accountId, 'session'));
  return withTenant(services.database, session.tenantId, auth.actor, async (ctx) => {
    await recordAudit(ctx, { action: 'session.signed_in', entityType: 'account', entityId: session.accountId });
    return { ...(await describeMe(ctx, auth.actor, auth, session.csrfToken)), csrfToken: session.csrfToken };
  });
}

/**
 * Ends the caller's session. It needs the session's CSRF token like any other write, so
 * another site cannot sign people out; an already expired session just loses its cookie.
 */
export async function logout(services: AppServices, request: FastifyRequest, reply: FastifyReply) {
  const sessionId = request.cookies[sessionCookieName];
  const session = sessionId ? await withSystem(services.database, (tx) => findLiveSession(tx, sessionId, services.sessionLimits)) : null;
  if (session) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
      throw new DomainError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header');
    }
    await withSystem(services.database, (tx) => deleteSession(tx, sessionId!));
    await withTenant(services.database, session.tenantId, null, (ctx) =>
      recordAudit(ctx, { action: 'session.signed_out', entityType: 'account', entityId: session.accountId }),
    );
  }
  reply.clearCookie(sessionCookieName, { path: '/' });
}

/** A wrong password for a real account is worth an auditor's eye (who was targeted, when). */
async function auditFailedSignIn(services: AppServices, tenantId: string, accountId: string) {
  await withTenant(services.database, tenantId, null, (ctx) =>
    recordAudit(ctx, { action: 'session.sign_in_failed', entityType: 'account', entityId: accountId }),
  );
}
