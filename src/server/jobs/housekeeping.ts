import { lt } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { SessionLimits } from '../auth/sessionStore.js';
import { purgeExpiredSessions } from '../auth/sessionStore.js';
import { withSystem } from '../db/context.js';
import type { Database } from '../db/database.js';
import { loginThrottle } from '../db/schema/index.js';

export const housekeepingQueue = 'housekeeping';

/** Removes sessions past their timeouts and sign-in failure counters older than a day. */
export async function runHousekeeping(database: Database, limits: SessionLimits, now = new Date()) {
  return withSystem(database, async (tx) => {
    const sessions = await purgeExpiredSessions(tx, limits, now);
    const dayAgo = new Date(now.getTime() - 86_400_000).toISOString();
    const counters = await tx.delete(loginThrottle).where(lt(loginThrottle.windowStartedAt, dayAgo)).returning({ key: loginThrottle.key });
    return { sessions, counters: counters.length };
  });
}

/** Every 15 minutes, on one app process at a time (pg-boss hands each job to one worker). */
export async function scheduleHousekeeping(boss: PgBoss, database: Database, limits: SessionLimits) {
  await boss.createQueue(housekeepingQueue);
  await boss.work(housekeepingQueue, async () => {
    await runHousekeeping(database, limits);
  });
  await boss.schedule(housekeepingQueue, '*/15 * * * *');
}
