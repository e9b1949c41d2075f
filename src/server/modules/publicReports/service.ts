import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { publicIncidentReport } from '../../../shared/schemas/incident.js';
import { withSystem, withTenant } from '../../db/context.js';
import type { Database } from '../../db/database.js';
import { tenants } from '../../db/schema/index.js';
import { notFound } from '../../http/domainError.js';
import { createReportedIncident } from '../incidents/service.js';
import { findRootOrgUnit } from '../org/queries.js';

/** What a link's secret looks like (base64url); anything else is not a link, without asking the database. */
const secretShape = /^[A-Za-z0-9_-]{20,128}$/;

/** The organisation whose switched-on link has this secret; a wrong or switched-off link is simply not found. */
async function tenantOfLink(database: Database, token: string): Promise<{ id: string; name: string }> {
  if (!secretShape.test(token)) throw notFound('report link');
  const [tenant] = await withSystem(database, (tx) => tx.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.publicReportToken, token)));
  if (!tenant) throw notFound('report link');
  return tenant;
}

/** What the report page shows before anything is sent: whose link it is. */
export async function describeReportLink(database: Database, token: string): Promise<{ organisation: string }> {
  return { organisation: (await tenantOfLink(database, token)).name };
}

/**
 * A report from someone without an account: filed at the top of the organisation for the
 * incident manager to triage, with whatever contact they left. Only the number goes back.
 */
export async function reportThroughLink(database: Database, token: string, report: z.output<typeof publicIncidentReport>): Promise<{ number: string }> {
  const tenant = await tenantOfLink(database, token);
  return withTenant(database, tenant.id, null, async (ctx) => {
    const root = await findRootOrgUnit(ctx);
    const { number } = await createReportedIncident(ctx, {
      title: report.title,
      description: report.description,
      occurredAt: report.occurredAt,
      channel: 'public_link',
      reporterId: null,
      reporterContact: report.contact ?? null,
      orgUnitId: root?.id,
    });
    return { number };
  });
}
