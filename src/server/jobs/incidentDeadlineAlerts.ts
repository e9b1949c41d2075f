import type PgBoss from 'pg-boss';
import { withSystem, withTenant } from '../db/context.js';
import type { Database } from '../db/database.js';
import { tenants } from '../db/schema/index.js';
import { alertDeadlines } from '../modules/incidentDeadlines/alerts.js';

export const incidentDeadlineAlertsQueue = 'incident-deadline-alerts';

/** Each tenant in its own transaction, so one tenant's failure does not hold back the others' alerts. */
export async function runIncidentDeadlineAlerts(database: Database, now = new Date()): Promise<number> {
  const all = await withSystem(database, (tx) => tx.select({ id: tenants.id }).from(tenants));
  let sent = 0;
  for (const tenant of all) {
    sent += await withTenant(database, tenant.id, null, (ctx) => alertDeadlines(ctx, now.toISOString()));
  }
  return sent;
}

/** Every five minutes: the shortest legal period is 24 h, so 50 % and 90 % alerts arrive within minutes. */
export async function scheduleIncidentDeadlineAlerts(boss: PgBoss, database: Database) {
  await boss.createQueue(incidentDeadlineAlertsQueue);
  await boss.work(incidentDeadlineAlertsQueue, async () => {
    await runIncidentDeadlineAlerts(database);
  });
  await boss.schedule(incidentDeadlineAlertsQueue, '*/5 * * * *');
}
