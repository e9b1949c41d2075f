import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSystem } from '../db/context.js';
import { sessions } from '../db/schema/index.js';
import { createSession } from '../auth/sessionStore.js';
import { recordFailure, throttleRules } from '../auth/loginThrottle.js';
import { makeTenant } from '../testing/factories.js';
import { useTestDatabase } from '../testing/fixtures.js';
import { accounts } from '../db/schema/index.js';
import { housekeepingQueue, runHousekeeping, scheduleHousekeeping } from './housekeeping.js';
import { startJobQueue } from './jobQueue.js';

const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

describe('housekeeping', () => {
  const setup = useTestDatabase();
  let accountId: string;
  let tenantId: string;

  beforeAll(async () => {
    const tenant = await makeTenant(setup.database);
    const user = await tenant.user([]);
    tenantId = tenant.tenantId;
    accountId = await withSystem(setup.database, async (tx) => (await tx.select().from(accounts).where(eq(accounts.personId, user.id)))[0].id);
  });

  it('removes sessions past their timeouts and old sign-in failure counters, and keeps live ones', async () => {
    const live = await withSystem(setup.database, (tx) => createSession(tx, tenantId, accountId));
    const stale = await withSystem(setup.database, (tx) => createSession(tx, tenantId, accountId));
    await withSystem(setup.database, async (tx) => {
      const { sha256 } = await import('../auth/secrets.js');
      await tx.update(sessions).set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000).toISOString() }).where(eq(sessions.idHash, sha256(stale.id)));
      await recordFailure(tx, 'account:old@example.se', throttleRules.account, new Date(Date.now() - 2 * 86_400_000));
    });
    expect(await runHousekeeping(setup.database, limits)).toEqual({ sessions: 1, counters: 1 });
    const remaining = await withSystem(setup.database, (tx) => tx.select().from(sessions));
    expect(remaining).toHaveLength(1);
    expect(live.id).toBeTruthy();
  });

  it('runs as a pg-boss job on this database', async () => {
    const boss = await startJobQueue(setup.database, { error: () => undefined });
    try {
      await scheduleHousekeeping(boss, setup.database, limits);
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
