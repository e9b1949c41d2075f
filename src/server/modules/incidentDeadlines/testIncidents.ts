import { sql } from 'drizzle-orm';
import { withTenant } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { incidents } from '../../db/schema/index.js';
import type { TestTenant } from '../../testing/factories.js';
import { syncDeadlines } from './sync.js';

type IncidentValues = Partial<typeof incidents.$inferInsert>;

/**
 * An incident row for the deadline tests, written directly (the incident routes are another
 * module's), with its legal clocks synced the way the incident service does.
 */
export async function makeIncident(tenant: TestTenant, values: IncidentValues = {}) {
  return withTenant(tenant.database, tenant.tenantId, null, async (ctx) => {
    const awareAt = values.awareAt ?? new Date().toISOString();
    const year = values.year ?? Number(awareAt.slice(0, 4));
    const [{ next }] = await rawRows<{ next: number }>(ctx.tx, sql`select coalesce(max(serial), 0) + 1 as next from incidents where tenant_id = ${ctx.tenantId} and year = ${year}`);
    const [row] = await ctx.tx
      .insert(incidents)
      .values({
        tenantId: ctx.tenantId,
        year,
        serial: Number(next),
        title: 'Nätfiske mot ekonomienheten',
        description: 'Flera anställda fick falska fakturamejl.',
        channel: 'web_form',
        orgUnitId: tenant.rootOrgUnitId,
        ...values,
        awareAt,
      })
      .returning({ id: incidents.id, year: incidents.year, serial: incidents.serial });
    await syncDeadlines(ctx, row.id);
    return { id: row.id, number: `${row.year}-${String(row.serial).padStart(4, '0')}` };
  });
}
