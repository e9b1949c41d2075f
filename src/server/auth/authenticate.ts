import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../db/context.js';
import { withSystem } from '../db/context.js';
import type { Database, Tx } from '../db/database.js';
import { accounts, people } from '../db/schema/index.js';
import { DomainError, unauthenticated } from '../http/domainError.js';
import { findUsableToken } from './apiTokenStore.js';
import { loadGrants } from './grants.js';
import { safeEqual } from './secrets.js';
import { findLiveSession, sessionCookieName, type SessionLimits } from './sessionStore.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface Authenticated {
  actor: Actor;
  /** Set for cookie sessions, so GET /me can hand the SPA its CSRF token again. */
  csrfToken?: string;
  locale: string;
  email: string;
}

/**
 * Who is calling: a bearer API token (no CSRF, it cannot ride along on a cross-site
 * request) or the session cookie, whose writes must echo the session's CSRF token.
 */
export async function authenticate(database: Database, limits: SessionLimits, request: FastifyRequest): Promise<Authenticated> {
  const authorization = request.headers.authorization;
  return withSystem(database, async (tx) => {
    if (authorization) {
      const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const token = secret ? await findUsableToken(tx, secret) : null;
      if (!token) throw new DomainError(401, 'unauthenticated', 'The API token is invalid, expired or revoked');
      return loadActor(tx, token.accountId, 'token');
    }
    const sessionId = request.cookies[sessionCookieName];
    const session = sessionId ? await findLiveSession(tx, sessionId, limits) : null;
    if (!session) throw unauthenticated();
    if (!safeMethods.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new DomainError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header');
      }
    }
    return { ...(await loadActor(tx, session.accountId, 'session')), csrfToken: session.csrfToken };
  });
}

export async function loadActor(tx: Tx, accountId: string, via: Actor['via']): Promise<Authenticated> {
  const [row] = await tx
    .select({
      accountId: accounts.id,
      tenantId: accounts.tenantId,
      personId: accounts.personId,
      email: accounts.email,
      locale: accounts.locale,
      disabledAt: accounts.disabledAt,
      name: people.name,
      employmentStatus: people.employmentStatus,
    })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.id, accountId));
  if (!row || row.disabledAt || row.employmentStatus === 'ended') throw unauthenticated();
  const grants = await loadGrants(tx, row.personId);
  return {
    actor: { accountId: row.accountId, personId: row.personId, name: row.name, tenantId: row.tenantId, grants, via },
    locale: row.locale,
    email: row.email,
  };
}
