import type PgBoss from 'pg-boss';
import { todayInStockholm } from '../../shared/requirements/actionPlan.js';
import { withSystem, withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { tenants } from '../db/schema/index.js';
import { remindExpiringAcceptances } from '../modules/risk/acceptanceReminders.js';

export const riskRemindersQueue = 'risk-reminders';

/** Each tenant in its own transaction, so one tenant's failure does not hold back the others' reminders. */
export async function runRiskReminders(database: Database, now = new Date()): Promise<number> {
  const all = await withSystem(database, (tx) => tx.select({ id: tenants.id }).from(tenants));
  let reminded = 0;
  for (const tenant of all) {
    reminded += await withTenant(database, tenant.id, null, (ctx) => remindExpiringAcceptances(ctx, todayInStockholm(now)));
  }
  return reminded;
}

/** Every morning at 05:00 UTC (06:00 or 07:00 in Stockholm), before office hours. */
export async function scheduleRiskReminders(boss: PgBoss, database: Database) {
  await boss.createQueue(riskRemindersQueue);
  await boss.work(riskRemindersQueue, async () => {
    await runRiskReminders(database);
  });
  await boss.schedule(riskRemindersQueue, '0 5 * * *');
}
