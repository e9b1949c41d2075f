import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTenant } from '../../db/context.js';
import { incidentDeadlines, incidents } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';
import { makeTenant, type TestTenant } from '../../testing/factories.js';
import { useTestDatabase } from '../../testing/fixtures.js';
import { syncDeadlines } from './sync.js';
import { makeIncident } from './testIncidents.js';

const awareAt = '2026-03-02T10:00:00.000Z';

async function rowsOf(tenant: TestTenant, incidentId: string) {
  const rows = await withTenant(tenant.database, tenant.tenantId, null, (ctx) =>
    ctx.tx.select().from(incidentDeadlines).where(eq(incidentDeadlines.incidentId, incidentId)).orderBy(asc(incidentDeadlines.regime), asc(incidentDeadlines.stage), asc(incidentDeadlines.seq)),
  );
  return rows.map((row) => ({ ...row, dueAt: row.dueAt && toIso(row.dueAt), startsAt: toIso(row.startsAt), submittedAt: row.submittedAt && toIso(row.submittedAt) }));
}

const keys = (rows: Awaited<ReturnType<typeof rowsOf>>) => rows.map((row) => `${row.regime}.${row.stage}.${row.seq}`);

async function change(tenant: TestTenant, incidentId: string, work: (ctx: Parameters<Parameters<typeof withTenant>[3]>[0]) => Promise<unknown>) {
  await withTenant(tenant.database, tenant.tenantId, null, async (ctx) => {
    await work(ctx);
    await syncDeadlines(ctx, incidentId);
  });
}

describe('syncDeadlines', () => {
  const setup = useTestDatabase();

  it('materialises the clocks of the issue example and keeps submissions when facts change', async () => {
    const tenant = await makeTenant(setup.database);
    const incident = await makeIncident(tenant, { awareAt, significant: true, personalData: true });
    const rows = await rowsOf(tenant, incident.id);
    expect(keys(rows)).toEqual(['gdpr.notification.0', 'nis2.early_warning.0', 'nis2.final_report.0', 'nis2.notification.0']);
    const due = Object.fromEntries(rows.map((row) => [`${row.regime}.${row.stage}`, row.dueAt]));
    expect(due).toEqual({
      'nis2.early_warning': '2026-03-03T10:00:00.000Z',
      'nis2.notification': '2026-03-05T10:00:00.000Z',
      'nis2.final_report': '2026-04-05T09:00:00.000Z',
      'gdpr.notification': '2026-03-05T10:00:00.000Z',
    });
    expect(rows.find((row) => row.stage === 'final_report')!.provisional).toBe(true);

    // The notification is submitted late; the final report now counts from the submission.
    await change(tenant, incident.id, (ctx) =>
      ctx.tx
        .update(incidentDeadlines)
        .set({ submittedAt: '2026-03-06T08:00:00.000Z', reference: 'CERT-1', lateReason: 'Helg', alertedPercent: 100 })
        .where(and(eq(incidentDeadlines.incidentId, incident.id), eq(incidentDeadlines.regime, 'nis2'), eq(incidentDeadlines.stage, 'notification'))),
    );
    await change(tenant, incident.id, (ctx) =>
      ctx.tx.update(incidentDeadlines).set({ alertedPercent: 50 }).where(and(eq(incidentDeadlines.incidentId, incident.id), eq(incidentDeadlines.stage, 'early_warning'))),
    );
    const after = await rowsOf(tenant, incident.id);
    const final = after.find((row) => row.stage === 'final_report')!;
    // 09:00 Stockholm winter time stays 09:00 local in summer time.
    expect(final).toMatchObject({ dueAt: '2026-04-06T07:00:00.000Z', provisional: false });
    expect(after.find((row) => row.regime === 'nis2' && row.stage === 'notification')).toMatchObject({ submittedAt: '2026-03-06T08:00:00.000Z', reference: 'CERT-1', lateReason: 'Helg', alertedPercent: 100 });
    // An unchanged due time keeps the alerts already sent.
    expect(after.find((row) => row.stage === 'early_warning')!.alertedPercent).toBe(50);

    // Moving awareAt moves the open clocks and re-arms their alerts.
    await change(tenant, incident.id, (ctx) => ctx.tx.update(incidents).set({ awareAt: '2026-03-02T12:00:00.000Z' }).where(eq(incidents.id, incident.id)));
    const moved = await rowsOf(tenant, incident.id);
    expect(moved.find((row) => row.stage === 'early_warning')).toMatchObject({ dueAt: '2026-03-03T12:00:00.000Z', alertedPercent: 0 });

    // No longer significant: the NIS2 clocks go, except the one already submitted.
    await change(tenant, incident.id, (ctx) => ctx.tx.update(incidents).set({ significant: false, gdprWaivedReason: 'Krypterad enhet' }).where(eq(incidents.id, incident.id)));
    const left = await rowsOf(tenant, incident.id);
    expect(keys(left)).toEqual(['gdpr.notification.0', 'nis2.notification.0']);
    expect(left.find((row) => row.regime === 'gdpr')!.waived).toBe(true);
  });

  it('numbers intermediate requests and turns the final report into a progress report once one is submitted', async () => {
    const tenant = await makeTenant(setup.database);
    const incident = await makeIncident(tenant, { awareAt, significant: true });
    const request = (seq: number, requestedAt: string, dueAt: string) =>
      change(tenant, incident.id, (ctx) =>
        ctx.tx.insert(incidentDeadlines).values({ tenantId: tenant.tenantId, incidentId: incident.id, regime: 'nis2', stage: 'intermediate_report', seq, startsAt: requestedAt, requestedAt, dueAt }),
      );
    await request(1, '2026-03-04T09:00:00.000Z', '2026-03-06T09:00:00.000Z');
    await request(2, '2026-03-07T09:00:00.000Z', '2026-03-09T09:00:00.000Z');
    const withRequests = await rowsOf(tenant, incident.id);
    expect(withRequests.filter((row) => row.stage === 'intermediate_report').map((row) => [row.seq, row.startsAt, row.dueAt])).toEqual([
      [1, '2026-03-04T09:00:00.000Z', '2026-03-06T09:00:00.000Z'],
      [2, '2026-03-07T09:00:00.000Z', '2026-03-09T09:00:00.000Z'],
    ]);

    await change(tenant, incident.id, (ctx) =>
      ctx.tx.insert(incidentDeadlines).values({ tenantId: tenant.tenantId, incidentId: incident.id, regime: 'nis2', stage: 'progress_report', startsAt: awareAt, submittedAt: '2026-04-01T08:00:00.000Z' }),
    );
    const ongoing = await rowsOf(tenant, incident.id);
    expect(ongoing.find((row) => row.stage === 'progress_report')).toMatchObject({ dueAt: '2026-04-05T09:00:00.000Z', submittedAt: '2026-04-01T08:00:00.000Z' });
    expect(ongoing.find((row) => row.stage === 'final_report')!.dueAt).toBeNull();

    await change(tenant, incident.id, (ctx) => ctx.tx.update(incidents).set({ resolvedAt: '2026-05-10T12:00:00.000Z' }).where(eq(incidents.id, incident.id)));
    expect((await rowsOf(tenant, incident.id)).find((row) => row.stage === 'final_report')!.dueAt).toBe('2026-06-10T12:00:00.000Z');
  });
});
