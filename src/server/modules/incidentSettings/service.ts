import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { IncidentSettings, incidentSettingsUpdate } from '../../../shared/schemas/incident.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { tenants } from '../../db/schema/index.js';
import { DomainError, versionConflict } from '../../http/domainError.js';

const columns = { csirtName: tenants.csirtName, csirtContact: tenants.csirtContact, publicReportToken: tenants.publicReportToken, version: tenants.settingsVersion };
type SettingsRow = { csirtName: string; csirtContact: string; publicReportToken: string | null; version: number };

/** The web page a public report link opens; the secret in it is the only key. */
export const publicReportPath = (token: string) => `/rapportera/${token}`;

/** 32 random bytes: a link no one guesses, and short enough to send in an e-mail. */
const newPublicReportSecret = () => randomBytes(32).toString('base64url');

const toSettings = (row: SettingsRow): IncidentSettings => ({
  csirtName: row.csirtName,
  csirtContact: row.csirtContact,
  publicReportPath: row.publicReportToken ? publicReportPath(row.publicReportToken) : null,
  version: row.version,
});

async function readRow(ctx: TenantContext): Promise<SettingsRow> {
  const [row] = await ctx.tx.select(columns).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return row;
}

export async function readIncidentSettings(ctx: TenantContext): Promise<IncidentSettings> {
  return toSettings(await readRow(ctx));
}

/** The link's secret after the change: kept, made (switched on), replaced (rotated) or dropped (switched off). */
function nextSecret(current: string | null, input: z.output<typeof incidentSettingsUpdate>): string | null {
  if (input.publicReport === false && input.rotatePublicReport) {
    throw new DomainError(400, 'validation_failed', 'body.rotatePublicReport: cannot replace the secret of a link being switched off', {}, [
      { path: 'body.rotatePublicReport', message: 'cannot replace the secret of a link being switched off' },
    ]);
  }
  const enabled = input.publicReport ?? current !== null;
  if (!enabled) {
    if (input.rotatePublicReport) throw new DomainError(422, 'public_report_off', 'The public report link is switched off; switch it on to get a new link');
    return null;
  }
  return current === null || input.rotatePublicReport ? newPublicReportSecret() : current;
}

/**
 * Changes the CSIRT details and the public report link. The version is the tenant's settings
 * version, shared with the other settings pages. The audit trail says the link was switched
 * on, off or replaced, never what its secret is.
 */
export async function updateIncidentSettings(ctx: TenantContext, input: z.output<typeof incidentSettingsUpdate>): Promise<IncidentSettings> {
  const before = await readRow(ctx);
  if (before.version !== input.version) throw versionConflict('settings');
  const token = nextSecret(before.publicReportToken, input);
  const [after] = await ctx.tx
    .update(tenants)
    .set({
      csirtName: input.csirtName ?? before.csirtName,
      csirtContact: input.csirtContact ?? before.csirtContact,
      publicReportToken: token,
      settingsVersion: sql`${tenants.settingsVersion} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(tenants.id, ctx.tenantId), eq(tenants.settingsVersion, input.version)))
    .returning(columns);
  if (!after) throw versionConflict('settings');
  await auditChanges(ctx, before, after);
  return toSettings(after);
}

async function auditChanges(ctx: TenantContext, before: SettingsRow, after: SettingsRow): Promise<void> {
  const entity = { entityType: 'tenant', entityId: ctx.tenantId };
  if (before.csirtName !== after.csirtName || before.csirtContact !== after.csirtContact) {
    await recordAudit(ctx, {
      action: 'incident_settings.updated',
      ...entity,
      before: { csirtName: before.csirtName, csirtContact: before.csirtContact },
      after: { csirtName: after.csirtName, csirtContact: after.csirtContact },
    });
  }
  const wasOn = before.publicReportToken !== null;
  const isOn = after.publicReportToken !== null;
  const linkChange = !wasOn && isOn ? 'enabled' : wasOn && !isOn ? 'disabled' : isOn && before.publicReportToken !== after.publicReportToken ? 'rotated' : null;
  if (linkChange) {
    await recordAudit(ctx, { action: `incident_settings.public_report_${linkChange}`, ...entity, before: { publicReport: wasOn }, after: { publicReport: isOn } });
  }
}
