import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../shared/notifications.js';
import type { Notification } from '../../shared/schemas/notifications.js';
import { withTenant } from '../db/context.js';
import { incidentDeadlines } from '../db/schema/index.js';
import { makeIncident } from '../modules/incidentDeadlines/testIncidents.js';
import { testPassword } from '../testing/factories.js';
import { useAdminApp } from '../testing/fixtures.js';
import { signIn, type Client } from '../testing/testApp.js';
import { runIncidentDeadlineAlerts } from './incidentDeadlineAlerts.js';

const awareAt = '2026-03-02T10:00:00.000Z';
const after = (hours: number, from = awareAt) => new Date(Date.parse(from) + hours * 3_600_000);

async function messages(client: Client): Promise<string[]> {
  const response = await client.get('/api/v1/me/notifications');
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().items as Notification[]).map((item) => renderNotification(item.kind, item.params, 'sv')).sort();
}

describe('incident deadline alerts', () => {
  const setup = useAdminApp();
  let manager: Client;
  let unitManager: Client;
  let otherUnitManager: Client;
  let assignee: Client;
  let number: string;

  beforeAll(async () => {
    const unit = await setup.tenant.unit('Utbildningsförvaltningen');
    const otherUnit = await setup.tenant.unit('Miljöförvaltningen');
    manager = await setup.signInNewUser([{ role: 'incident_manager' }]);
    unitManager = await setup.signInNewUser([{ role: 'ciso', orgUnitId: unit.id }]);
    otherUnitManager = await setup.signInNewUser([{ role: 'incident_manager', orgUnitId: otherUnit.id }]);
    const assigneeUser = await setup.tenant.user([], unit.id);
    assignee = await signIn(setup.app, assigneeUser.email, testPassword);
    // Significant only: early warning (24 h), notification (72 h) and a provisional final report.
    ({ number } = await makeIncident(setup.tenant, { awareAt, orgUnitId: unit.id, significant: true, assigneeId: assigneeUser.id }));
  });

  it('tells the incident managers in reach and the assignee at 50 %, 90 % and overdue, once each', async () => {
    expect(await runIncidentDeadlineAlerts(setup.database, after(11))).toBe(0);
    expect(await runIncidentDeadlineAlerts(setup.database, after(13))).toBe(1);
    expect(await runIncidentDeadlineAlerts(setup.database, after(13))).toBe(0);
    const half = `Halva tiden har gått för den tidiga varningen till CSIRT i incident ${number} (senast 2026-03-03 11:00).`;
    for (const client of [manager, unitManager, assignee]) expect(await messages(client)).toEqual([half]);
    expect(await messages(otherUnitManager)).toEqual([]);

    expect(await runIncidentDeadlineAlerts(setup.database, after(22))).toBe(1);
    // Past the early warning's due time, and half of the notification's 72 h.
    expect(await runIncidentDeadlineAlerts(setup.database, after(37))).toBe(2);
    expect(await runIncidentDeadlineAlerts(setup.database, after(37))).toBe(0);
    expect(await messages(assignee)).toEqual(
      [
        half,
        `90 % av tiden har gått för den tidiga varningen till CSIRT i incident ${number} (senast 2026-03-03 11:00).`,
        `Fristen för den tidiga varningen till CSIRT i incident ${number} har gått ut (2026-03-03 11:00).`,
        `Halva tiden har gått för incidentanmälan till CSIRT i incident ${number} (senast 2026-03-05 11:00).`,
      ].sort(),
    );
  });

  it('sends only the highest threshold newly passed, and nothing for deadlines already met or waived', async () => {
    const late = await makeIncident(setup.tenant, { awareAt, personalData: true, gdprWaivedReason: null });
    const waived = await makeIncident(setup.tenant, { awareAt, personalData: true, gdprWaivedReason: 'Krypterad enhet' });
    const met = await makeIncident(setup.tenant, { awareAt, personalData: true });
    await withTenant(setup.database, setup.tenant.tenantId, null, (ctx) =>
      ctx.tx.update(incidentDeadlines).set({ submittedAt: after(70).toISOString() }).where(eq(incidentDeadlines.incidentId, met.id)),
    );
    // Four days on, the 72 h GDPR period is over: one overdue alert, not three.
    const manager2 = await setup.signInNewUser([{ role: 'incident_manager' }]);
    await runIncidentDeadlineAlerts(setup.database, after(96));
    const texts = await messages(manager2);
    expect(texts).toContain(`Fristen för anmälan av personuppgiftsincident till IMY i incident ${late.number} har gått ut (2026-03-05 11:00).`);
    expect(texts.join('\n')).not.toContain(`Halva tiden har gått för anmälan av personuppgiftsincident till IMY i incident ${late.number}`);
    expect(texts.join('\n')).not.toContain(waived.number);
    expect(texts.join('\n')).not.toContain(met.number);
  });
});
