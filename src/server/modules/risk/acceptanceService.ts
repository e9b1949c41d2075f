import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AccessTarget, Grant } from '../../../shared/access.js';
import { authorize } from '../../../shared/access.js';
import { todayInStockholm } from '../../../shared/requirements/actionPlan.js';
import { acceptanceRungLabels, decideAcceptance, jointSigners, type AcceptanceCapacity, type AcceptanceRung } from '../../../shared/risk/acceptance.js';
import type { RiskLevel } from '../../../shared/risk/matrix.js';
import type { RoleCode } from '../../../shared/roles.js';
import type { Acceptance, Risk, riskAccept } from '../../../shared/schemas/risk.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { riskAcceptances, type AcceptanceSignature } from '../../db/schema/index.js';
import { DomainError, notFound, versionConflict } from '../../http/domainError.js';
import { requestSignatures } from './acceptanceReminders.js';
import { addMonths } from './analysisService.js';
import { loadRiskConfig } from './config.js';
import { findRisk, lockRisk, recordLevels, toRisk, updateRiskVersioned } from './riskQueries.js';
import { riskTarget } from './targets.js';

const capacityRoles: Array<[AcceptanceCapacity, RoleCode]> = [
  ['line_manager', 'line_manager'],
  ['ciso', 'ciso'],
  ['municipal_director', 'municipal_director'],
];

/**
 * In which capacities the actor may sign for this risk: as its riskägare, or through a role
 * (chef, CISO, kommundirektör) whose scope covers it. Each capacity still needs `risk.accept`.
 */
export function capacitiesOf(grants: readonly Grant[], personId: string | undefined, riskOwnerId: string | null, target: AccessTarget): AcceptanceCapacity[] {
  if (!authorize(grants, 'risk.accept', target)) return [];
  const capacities: AcceptanceCapacity[] = [];
  if (personId && personId === riskOwnerId) capacities.push('risk_owner');
  for (const [capacity, role] of capacityRoles) {
    if (authorize(grants.filter((grant) => grant.role === role), 'risk.accept', target)) capacities.push(capacity);
  }
  return capacities;
}

/** The level an acceptance is about: what is left after treatment, else the inherent level. */
export const acceptedLevel = (risk: Pick<Risk, 'level' | 'residualLevel'>): RiskLevel => risk.residualLevel ?? risk.level;

export async function acceptancesOf(ctx: TenantContext, riskId: string, today: string): Promise<Acceptance[]> {
  const rows = await ctx.tx
    .select()
    .from(riskAcceptances)
    .where(and(eq(riskAcceptances.tenantId, ctx.tenantId), eq(riskAcceptances.riskId, riskId)))
    .orderBy(desc(riskAcceptances.createdAt));
  return rows.map((row) => {
    const signed = row.signatures.map((signature) => signature.capacity);
    return {
      id: row.id,
      level: row.level as RiskLevel,
      rung: row.rung as AcceptanceRung,
      reason: row.reason,
      expiresAt: row.expiresAt,
      status: row.status as Acceptance['status'],
      expired: row.status === 'accepted' && row.expiresAt < today,
      signatures: row.signatures,
      // Only the joint rung ever waits: for the CISO or the kommundirektör, whoever has not signed.
      stillNeeded: row.status === 'pending' ? jointSigners.filter((capacity) => !signed.includes(capacity)) : [],
      createdAt: row.createdAt,
    };
  });
}

export async function mayAccept(ctx: TenantContext, risk: Risk, target: AccessTarget, acceptances: Acceptance[]): Promise<boolean> {
  const capacities = capacitiesOf(ctx.actor?.grants ?? [], ctx.actor?.personId, risk.riskOwner?.id ?? null, target);
  if (capacities.length === 0) return false;
  const { acceptanceRules } = await loadRiskConfig(ctx);
  const pending = acceptances.find((acceptance) => acceptance.status === 'pending');
  if (pending?.signatures.some((signature) => signature.personId === ctx.actor?.personId)) return false;
  return decideAcceptance(acceptanceRules[acceptedLevel(risk)], capacities, pending?.signatures.map((signature) => signature.capacity) ?? []).allowed;
}

/** Pending and standing acceptances stop counting (the risk's level changed or it was reopened). */
export async function withdrawOpenAcceptances(ctx: TenantContext, riskId: string): Promise<number> {
  const rows = await ctx.tx
    .update(riskAcceptances)
    .set({ status: 'withdrawn' })
    .where(and(eq(riskAcceptances.tenantId, ctx.tenantId), eq(riskAcceptances.riskId, riskId), inArray(riskAcceptances.status, ['pending', 'accepted'])))
    .returning({ id: riskAcceptances.id });
  return rows.length;
}

/**
 * Signs an acceptance of the risk at its current level. Above one's authority answers 403 naming
 * the rung needed; at the joint rung the first signature waits for the second.
 */
export async function acceptRisk(ctx: TenantContext, riskId: string, input: z.output<typeof riskAccept>) {
  const today = todayInStockholm();
  const locked = await lockRisk(ctx, riskId);
  const row = locked && (await findRisk(ctx, riskId));
  if (!row) throw notFound('risk');
  const risk = toRisk(row, undefined, today);
  if (risk.status === 'closed') throw new DomainError(409, 'risk_closed', 'A closed risk cannot be accepted');
  const target = (await riskTarget(ctx, riskId))!;
  const { acceptanceRules } = await loadRiskConfig(ctx);
  const level = acceptedLevel(risk);
  const rung = acceptanceRules[level];
  const [pending] = await ctx.tx
    .select()
    .from(riskAcceptances)
    .where(and(eq(riskAcceptances.tenantId, ctx.tenantId), eq(riskAcceptances.riskId, riskId), eq(riskAcceptances.status, 'pending')));
  const capacities = capacitiesOf(ctx.actor?.grants ?? [], ctx.actor?.personId, risk.riskOwner?.id ?? null, target);
  // One person holding both roles still gives one signature: the point of two is two people.
  if (pending?.signatures.some((signature) => signature.personId === ctx.actor?.personId)) {
    throw new DomainError(409, 'already_signed', 'You have already signed this acceptance; it waits for the other signer');
  }
  const decision = decideAcceptance(rung, capacities, pending?.signatures.map((signature) => signature.capacity) ?? []);
  if (!decision.allowed) {
    if (decision.reason === 'already_signed') throw new DomainError(409, 'already_signed', 'You have already signed this acceptance; it waits for the other signer');
    throw new DomainError(403, 'acceptance_above_authority', `Accepting a ${level} risk needs ${acceptanceRungLabels[rung].en.toLowerCase()}`, {}, [{ path: 'rung', message: rung }]);
  }
  const expiresAt = pending?.expiresAt ?? input.expiresAt ?? addMonths(today, 12);
  if (expiresAt <= today) throw new DomainError(422, 'validation_failed', 'An acceptance must expire after today', {}, [{ path: 'expiresAt', message: 'must be after today' }]);
  const signature: AcceptanceSignature = { personId: ctx.actor!.personId, personName: ctx.actor!.name, capacity: decision.signAs, signedAt: new Date().toISOString() };
  const status = decision.completes ? 'accepted' : 'pending';
  let acceptanceId: string;
  if (pending) {
    acceptanceId = pending.id;
    await ctx.tx
      .update(riskAcceptances)
      .set({ status, signatures: [...pending.signatures, signature], reason: `${pending.reason}\n\n${signature.personName}: ${input.reason}`, completedAt: decision.completes ? sql`now()` : null })
      .where(eq(riskAcceptances.id, pending.id));
  } else {
    const [created] = await ctx.tx
      .insert(riskAcceptances)
      .values({ tenantId: ctx.tenantId, riskId, level, rung, reason: input.reason, expiresAt, status, signatures: [signature], completedAt: decision.completes ? sql`now()` : null })
      .returning({ id: riskAcceptances.id });
    acceptanceId = created!.id;
  }
  if (decision.completes) {
    const treatment = risk.treatment ?? 'accept';
    const changes = { status: 'accepted', acceptedUntil: expiresAt, treatment, treatmentRationale: risk.treatmentRationale ?? input.reason };
    if (!(await updateRiskVersioned(ctx, riskId, locked.version, changes))) throw versionConflict('risk');
    await recordLevels(ctx, [{ riskId, level: risk.level, residualLevel: risk.residualLevel, status: 'accepted' }]);
  }
  if (!decision.completes) await requestSignatures(ctx, risk, decision.stillNeeded);
  await recordAudit(ctx, {
    action: decision.completes ? 'risk.accepted' : 'risk.acceptance_signed',
    entityType: 'risk',
    entityId: riskId,
    after: { acceptanceId, level, rung, expiresAt, signedAs: decision.signAs, stillNeeded: decision.stillNeeded, reason: input.reason },
  });
  return { stillNeeded: decision.stillNeeded };
}
