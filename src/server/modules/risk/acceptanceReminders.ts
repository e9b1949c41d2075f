import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AcceptanceCapacity } from '../../../shared/risk/acceptance.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { riskAcceptances, roleAssignments } from '../../db/schema/index.js';
import { notify } from '../notifications/service.js';

/** Tells the holders of the roles still needed for a joint acceptance that it waits for them. */
export async function requestSignatures(ctx: TenantContext, risk: { id: string; title: string }, stillNeeded: readonly AcceptanceCapacity[]) {
  const roles = stillNeeded.filter((capacity) => capacity === 'ciso' || capacity === 'municipal_director');
  if (roles.length === 0) return 0;
  const holders = await ctx.tx
    .selectDistinct({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), inArray(roleAssignments.role, roles)));
  return notify(ctx, { personIds: holders.map((holder) => holder.personId), kind: 'risk_acceptance_requested', params: { riskTitle: risk.title }, link: `/risks/${risk.id}` });
}

/**
 * Reminds the signers and the riskägare of acceptances that run out within the tenant's
 * reminder period, once per acceptance. Returns how many acceptances were reminded about.
 */
export async function remindExpiringAcceptances(ctx: TenantContext, today: string): Promise<number> {
  const due = await rawRows<{ id: string; risk_id: string; title: string; expires_at: string; signers: string[]; risk_owner_id: string | null }>(
    ctx.tx,
    sql`
    select a.id, a.risk_id, r.title, to_char(a.expires_at, 'YYYY-MM-DD') as expires_at, ra.risk_owner_id,
      array(select s->>'personId' from jsonb_array_elements(a.signatures) s) as signers
    from risk_acceptances a
    join risks r on r.id = a.risk_id
    join risk_analyses ra on ra.id = r.analysis_id
    join tenants t on t.id = a.tenant_id
    where a.tenant_id = ${ctx.tenantId} and a.status = 'accepted' and r.status = 'accepted' and a.reminded_at is null
      and a.expires_at <= ${today}::date + t.acceptance_reminder_days
    for update of a skip locked`,
  );
  for (const acceptance of due) {
    await notify(ctx, {
      personIds: [...acceptance.signers, acceptance.risk_owner_id].filter((id): id is string => Boolean(id)),
      kind: 'risk_acceptance_expiring',
      params: { riskTitle: acceptance.title, expiresAt: acceptance.expires_at },
      link: `/risks/${acceptance.risk_id}`,
    });
  }
  if (due.length > 0) {
    await ctx.tx.update(riskAcceptances).set({ remindedAt: sql`now()` }).where(inArray(riskAcceptances.id, due.map((acceptance) => acceptance.id)));
  }
  return due.length;
}
