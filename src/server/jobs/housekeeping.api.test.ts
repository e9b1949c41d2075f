import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../db/context.js';
import type { Database } from '../db/database.js';
import { sessions } from '../db/schema/index.js';
import { createSession } from '../auth/sessionStore.js';
import { recordFailure, throttleRules } from '../auth/loginThrottle.js';
import { makeTenant } from '../testing/factories.js';
import { openTestDatabase } from '../testing/testDatabase.js';
import { accounts } from '../db/schema/index.js';
import { housekeepingQueue, runHousekeeping, scheduleHousekeeping } from './housekeeping.js';
import { startJobQueue } from './jobQueue.js';

const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

describe('housekeeping', () => {
  let database: Database;
  let accountId: string;
  let tenantId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const tenant = await makeTenant(database);
    const user = await tenant.user([]);
    tenantId = tenant.tenantId;
    accountId = await withSystem(database, async (tx) => (await tx.select().from(accounts).where(eq(accounts.personId, user.id)))[0].id);
  });
  afterAll(() => database.close());

  it('removes sessions past their timeouts and old sign-in failure counters, and keeps live ones', async () => {
    const live = await withSystem(database, (tx) => createSession(tx, tenantId, accountId));
    const stale = await withSystem(database, (tx) => createSession(tx, tenantId, accountId));
    await withSystem(database, async (tx) => {
      const { sha256 } = await import('../auth/secrets.js');
      await tx.update(sessions).set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString() }).where(eq(sessions.idHash, sha256(stale.id)));
      await recordFailure(tx, 'account:old@example.se', throttleRules.account, new Date(Date.now() - 2 * 86_400_000));
    });
    expect(await runHousekeeping(database, limits)).toEqual({ sessions: 1, counters: 1 });
    const remaining = await withSystem(database, (tx) => tx.select().from(sessions));
    expect(remaining).toHaveLength(1);
    expect(live.id).toBeTruthy();
  });

  it('runs as a pg-boss job on this database', async () => {
    const boss = await startJobQueue(database, { error: () => undefined });
    try {
      await scheduleHousekeeping(boss, database, limits);
      const jobId = await boss.send(housekeepingQueue, {});
      let state: string | undefined;
      for (let attempt = 0; attempt < 100 && state !== 'completed' && state !== 'failed'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        state = (await boss.getJobById(housekeepingQueue, jobId!))?.state;
      }
      expect(state).toBe('completed');
      expect((await boss.getSchedules()).map((schedule) => schedule.name)).toContain(housekeepingQueue);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 60_000);
});
