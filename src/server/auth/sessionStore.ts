import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { sessions } from '../db/schema/index.js';
import { randomSecret, sha256 } from './secrets.js';

export const sessionCookieName = 'varn_session';

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** Starts a session with a fresh random id (never reusing one from before sign-in). */
export async function createSession(tx: Tx, tenantId: string, accountId: string) {
  const id = randomSecret();
  const csrfToken = randomSecret();
  await tx.insert(sessions).values({ idHash: sha256(id), tenantId, accountId, csrfToken });
  return { id, csrfToken };
}

/** Finds a live session and marks it used; an idle or too old one is deleted and not returned. */
export async function findLiveSession(tx: Tx, id: string, limits: SessionLimits, now = new Date()) {
  const idHash = sha256(id);
  const [session] = await tx.select().from(sessions).where(eq(sessions.idHash, idHash));
  if (!session) return null;
  const idleExpired = new Date(session.lastSeenAt).getTime() + limits.idleMs < now.getTime();
  const absoluteExpired = new Date(session.createdAt).getTime() + limits.absoluteMs < now.getTime();
  if (idleExpired || absoluteExpired) {
    await tx.delete(sessions).where(eq(sessions.idHash, idHash));
    return null;
  }
  // Write the last-seen time at most once a minute: reads should not all become writes.
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
    await tx.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash));
  }
  return session;
}

export async function deleteSession(tx: Tx, id: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.idHash, sha256(id)));
}

/** Signs an account out everywhere, except (when given) the session it is being used from. */
export async function deleteAccountSessions(tx: Tx, accountId: string, keepSessionId?: string): Promise<void> {
  const others = keepSessionId ? ne(sessions.idHash, sha256(keepSessionId)) : undefined;
  await tx.delete(sessions).where(and(eq(sessions.accountId, accountId), others));
}

/** Housekeeping: sessions past either timeout. */
export async function purgeExpiredSessions(tx: Tx, limits: SessionLimits, now = new Date()): Promise<number> {
  const idleBefore = new Date(now.getTime() - limits.idleMs).toISOString();
  const createdBefore = new Date(now.getTime() - limits.absoluteMs).toISOString();
  const removed = await tx
    .delete(sessions)
    .where(or(lt(sessions.lastSeenAt, idleBefore), lt(sessions.createdAt, createdBefore)))
    .returning({ idHash: sessions.idHash });
  return removed.length;
}

