import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/auditLog.js';
import { withSystem, withTenant } from '../db/context.js';
import { accounts, people } from '../db/schema/index.js';
import { DomainError } from '../http/domainError.js';
import type { AppServices } from '../http/route.js';
import { clearFailures, recordFailure, secondsBlocked, throttleKeys, throttleRules } from './loginThrottle.js';
import { verifyPassword } from './passwords.js';
import { createSession, deleteSession, sessionCookieName } from './sessionStore.js';

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
export async function login(services: AppServices, request: FastifyRequest, reply: FastifyReply, email: string, password: string) {
  const { database } = services;
  const keys = throttleKeys(email, request.ip);
  const wait = await withSystem(database, (tx) => secondsBlocked(tx, [keys.account, keys.ip]));
  if (wait > 0) throw tooManyAttempts(wait);

  const account = await withSystem(database, async (tx) => {
    const [row] = await tx
      .select({ id: accounts.id, tenantId: accounts.tenantId, passwordHash: accounts.passwordHash, disabledAt: accounts.disabledAt, status: people.employmentStatus })
      .from(accounts)
      .innerJoin(people, eq(people.id, accounts.personId))
      .where(eq(sql`lower(${accounts.email})`, email.toLowerCase()));
    return row ?? null;
  });
  const valid = (await verifyPassword(account?.passwordHash ?? null, password)) && account && !account.disabledAt && account.status !== 'ended';
  if (!valid || !account) {
    await withSystem(database, async (tx) => {
      await recordFailure(tx, keys.account, throttleRules.account);
      await recordFailure(tx, keys.ip, throttleRules.ip);
    });
    throw new DomainError(401, 'invalid_credentials', 'Wrong e-mail or password');
  }

  const previous = request.cookies[sessionCookieName];
  const session = await withSystem(database, async (tx) => {
    await clearFailures(tx, keys.account);
    if (previous) await deleteSession(tx, previous);
    return createSession(tx, account.tenantId, account.id);
  });
  setSessionCookie(services, reply, session.id);
  return { accountId: account.id, tenantId: account.tenantId, csrfToken: session.csrfToken };
}

export async function logout(services: AppServices, request: FastifyRequest, reply: FastifyReply) {
  const sessionId = request.cookies[sessionCookieName];
  if (sessionId) await withSystem(services.database, (tx) => deleteSession(tx, sessionId));
  reply.clearCookie(sessionCookieName, { path: '/' });
}

export async function auditSignIn(services: AppServices, tenantId: string, actor: Parameters<typeof withTenant>[2]) {
  await withTenant(services.database, tenantId, actor, (ctx) =>
    recordAudit(ctx, { action: 'session.signed_in', entityType: 'account', entityId: actor?.accountId ?? null }),
  );
}
