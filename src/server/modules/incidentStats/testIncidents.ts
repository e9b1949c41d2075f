import { withTenant } from '../../db/context.js';
import { incidentDeadlines, incidents } from '../../db/schema/index.js';
import type { TestTenant } from '../../testing/factories.js';

type IncidentRow = typeof incidents.$inferInsert;
type DeadlineRow = typeof incidentDeadlines.$inferInsert;
type IncidentFields = Partial<Omit<IncidentRow, 'tenantId'>> & { awareAt: string };

let serial = 0;

/**
 * Incidents inserted as rows (the statistics read rows; how they got there is the incident
 * module's business), with only what a test names and harmless defaults for the rest.
 */
export function incidentFactory(tenant: TestTenant) {
  const inTenant = <T>(work: Parameters<typeof withTenant<T>>[3]) => withTenant(tenant.database, tenant.tenantId, null, work);
  return {
    async incident(fields: IncidentFields): Promise<{ id: string }> {
      serial += 1;
      return inTenant(async (ctx) => {
        const [row] = await ctx.tx
          .insert(incidents)
          .values({
            tenantId: tenant.tenantId,
            year: 2026,
            serial,
            title: `Incident ${serial}`,
            description: 'Beskrivning',
            channel: 'web_form',
            orgUnitId: tenant.rootOrgUnitId,
            ...fields,
          })
          .returning({ id: incidents.id });
        return row;
      });
    },
    /** Several incidents with the same fields. */
    async incidents(count: number, fields: IncidentFields): Promise<void> {
      for (let n = 0; n < count; n += 1) await this.incident(fields);
    },
    async deadline(incidentId: string, fields: Partial<Omit<DeadlineRow, 'tenantId' | 'incidentId'>> & Pick<DeadlineRow, 'dueAt'>): Promise<void> {
      await inTenant((ctx) =>
        ctx.tx.insert(incidentDeadlines).values({ tenantId: tenant.tenantId, incidentId, regime: 'nis2', stage: 'early_warning', startsAt: fields.dueAt!, ...fields }),
      );
    },
  };
}
