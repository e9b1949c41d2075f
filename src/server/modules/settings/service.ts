import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { TenantSettings, tenantSettingsUpdate } from '../../../shared/schemas/settings.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { tenants } from '../../db/schema/index.js';
import { versionConflict } from '../../http/domainError.js';

const columns = { classificationValidityMonths: tenants.classificationValidityMonths, version: tenants.settingsVersion };

export async function readSettings(ctx: TenantContext): Promise<TenantSettings> {
  const [row] = await ctx.tx.select(columns).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return row;
}

/** A new validity applies to classifications approved from now on; those already approved keep their date. */
export async function updateSettings(ctx: TenantContext, input: z.output<typeof tenantSettingsUpdate>): Promise<TenantSettings> {
  const before = await readSettings(ctx);
  const [after] = await ctx.tx
    .update(tenants)
    .set({ classificationValidityMonths: input.classificationValidityMonths, settingsVersion: sql`${tenants.settingsVersion} + 1` })
    .where(and(eq(tenants.id, ctx.tenantId), eq(tenants.settingsVersion, input.version)))
    .returning(columns);
  if (!after) throw versionConflict('settings');
  await recordAudit(ctx, { action: 'tenant_settings.updated', entityType: 'tenant', entityId: ctx.tenantId, before, after });
  return after;
}
