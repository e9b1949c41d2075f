import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { authorize } from '../../../shared/access.js';
import type { Aspect, Level } from '../../../shared/classification/aspects.js';
import { guidedLevels } from '../../../shared/classification/guidedLevels.js';
import { defaultHandlingLabel, formatProfile, type HandlingLabel, type Profile } from '../../../shared/classification/profile.js';
import { loweredAspects, needsProtectiveSecurity, validUntil, visibleStatus, type StoredClassificationStatus } from '../../../shared/classification/workflow.js';
import type { Classification, classificationDraft, classificationUpdate, referralAnswer } from '../../../shared/schemas/classification.js';
import { recordAudit } from '../../audit/auditLog.js';
import type { TenantContext } from '../../db/context.js';
import { classifications, informationSets, roleAssignments, tenants } from '../../db/schema/index.js';
import { toIso } from '../../db/time.js';
import { DomainError, forbidden, notFound, versionConflict } from '../../http/domainError.js';
import { lockSet } from '../informationSets/queries.js';
import { findInformationType, typeProfile } from '../informationTypes/service.js';
import { notify, type NotificationKind } from '../notifications/service.js';
import { objectProfileChanged } from '../objects/profileChanged.js';
import type { PermissionReach } from '../../../shared/access.js';
import { approvedOfSets, findClassification, historyOfSet, listByStatus, lockClassification, openClassificationOf, type ClassificationRow } from './queries.js';

const profileOf = (row: { k: number; r: number; t: number; s: number }): Profile => ({ K: row.k as Level, R: row.r as Level, T: row.t as Level, S: row.s as Level });

export function toClassification(ctx: TenantContext, found: ClassificationRow, now = new Date()): Classification {
  const { row } = found;
  const stored = row.status as StoredClassificationStatus;
  const grants = ctx.actor?.grants ?? [];
  const target = { kind: 'object', objectId: found.objectId, path: found.path } as const;
  const mayEdit = authorize(grants, 'classification.edit', target);
  const isOwner = Boolean(ctx.actor && (ctx.actor.personId === found.setOwnerId || ctx.actor.personId === found.setDelegateId));
  const lowered = (row.loweringAspects ?? []) as Aspect[];
  const open = stored === 'draft' || stored === 'in_review';
  return {
    id: row.id,
    informationSetId: row.informationSetId,
    informationSetName: found.setName,
    objectId: found.objectId,
    objectName: found.objectName,
    profile: profileOf(row),
    answers: row.answers as Classification['answers'],
    reasons: row.reasons,
    handlingLabel: row.handlingLabel as HandlingLabel,
    status: visibleStatus(stored, row.validUntil, now),
    storedStatus: stored,
    typeProfile: found.type?.k === null || found.type?.k === undefined ? null : profileOf(found.type as { k: number; r: number; t: number; s: number }),
    loweredAspects: lowered,
    loweringApprovedBy: row.loweringApprovedBy && found.loweringApproverName ? { id: row.loweringApprovedBy, name: found.loweringApproverName } : null,
    createdBy: row.createdBy && found.creatorName ? { id: row.createdBy, name: found.creatorName } : null,
    submittedAt: toIso(row.submittedAt),
    approvedBy: row.approvedBy && found.approverName ? { id: row.approvedBy, name: found.approverName } : null,
    approvedAt: toIso(row.approvedAt),
    validUntil: toIso(row.validUntil),
    referralNote: row.referralNote,
    referralHandledAt: toIso(row.referralHandledAt),
    createdAt: toIso(row.createdAt),
    version: row.version,
    can: {
      edit: mayEdit && open,
      submit: mayEdit && stored === 'draft',
      approve: mayEdit && isOwner && open && (lowered.length === 0 || row.loweringApprovedBy !== null),
      approveLowering: open && lowered.length > 0 && row.loweringApprovedBy === null && authorize(grants, 'classification.approveLowering', target),
    },
  };
}

export async function describeClassification(ctx: TenantContext, id: string) {
  const found = await findClassification(ctx, id);
  if (!found) throw notFound('classification');
  return toClassification(ctx, found);
}

/** Every classification of a set, newest first. */
export async function classificationHistory(ctx: TenantContext, setId: string): Promise<Classification[]> {
  return (await historyOfSet(ctx, setId)).map((row) => toClassification(ctx, row));
}

/** The approved classification of each set that has one, by set id. */
export async function approvedClassifications(ctx: TenantContext, setIds: string[]): Promise<Map<string, Classification>> {
  return new Map((await approvedOfSets(ctx, setIds)).map((row) => [row.row.informationSetId, toClassification(ctx, row)]));
}

/** Cases referred to the säkerhetsskyddschef, within the actor's reach. */
export async function referredClassifications(ctx: TenantContext, reach: PermissionReach): Promise<Classification[]> {
  return (await listByStatus(ctx, ['referred'], reach)).map((row) => toClassification(ctx, row));
}

/** Levels, label and status from the guided answers; refuses answers that contradict given levels. */
async function evaluate(ctx: TenantContext, set: { informationTypeId: string | null }, input: z.output<typeof classificationDraft>) {
  const type = set.informationTypeId ? await findInformationType(ctx, set.informationTypeId) : null;
  const prefill = type ? typeProfile(type) : null;
  const result = guidedLevels(input.answers, input.profile, prefill);
  if (result.contradicted.length > 0) {
    throw new DomainError(422, 'level_contradicts_answers', `The worst answer decides the level; the levels given for ${result.contradicted.join(', ')} differ from the answers`);
  }
  const referred = needsProtectiveSecurity(result.profile, input.mayInvolveNationalSecurity);
  return {
    profile: result.profile,
    lowered: loweredAspects(result.profile, prefill),
    handlingLabel: input.handlingLabel ?? defaultHandlingLabel(result.profile.K),
    status: (referred ? 'referred' : 'draft') as StoredClassificationStatus,
  };
}

/** Starts a classification of a set: one open case per set at a time. */
export async function startClassification(ctx: TenantContext, setId: string, input: z.output<typeof classificationDraft>) {
  const set = await lockSet(ctx, setId);
  if (!set) throw notFound('information set');
  if (await openClassificationOf(ctx, setId)) {
    throw new DomainError(409, 'classification_open', 'This information set already has a classification under way; continue that one');
  }
  const result = await evaluate(ctx, set, input);
  const [row] = await ctx.tx
    .insert(classifications)
    .values({
      tenantId: ctx.tenantId,
      informationSetId: setId,
      k: result.profile.K,
      r: result.profile.R,
      t: result.profile.T,
      s: result.profile.S,
      answers: input.answers as Record<string, Record<string, number>>,
      reasons: input.reasons as Record<string, string>,
      handlingLabel: result.handlingLabel,
      status: result.status,
      loweringAspects: result.lowered.length > 0 ? result.lowered : null,
      createdBy: ctx.actor?.personId ?? null,
    })
    .returning({ id: classifications.id });
  const created = await describeClassification(ctx, row.id);
  await recordAudit(ctx, { action: 'classification.created', entityType: 'classification', entityId: row.id, after: auditView(created) });
  if (result.status === 'referred') await notifyRole(ctx, 'protective_security_officer', 'classification_referred', created);
  return created;
}

/** Edits an open case; editing one in review sends it back to draft. */
export async function updateClassification(ctx: TenantContext, id: string, input: z.output<typeof classificationUpdate>) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'draft' && current.status !== 'in_review') throw notOpen();
  const set = (await lockSet(ctx, current.informationSetId))!;
  const before = await describeClassification(ctx, id);
  const merged = {
    answers: input.answers ?? (current.answers as z.output<typeof classificationDraft>['answers']),
    profile: input.profile,
    reasons: { ...(current.reasons as Record<string, string>), ...(input.reasons ?? {}) },
    handlingLabel: input.handlingLabel ?? (current.handlingLabel as HandlingLabel),
    mayInvolveNationalSecurity: input.mayInvolveNationalSecurity ?? false,
  };
  const result = await evaluate(ctx, set, merged);
  const changed = await ctx.tx
    .update(classifications)
    .set({
      k: result.profile.K,
      r: result.profile.R,
      t: result.profile.T,
      s: result.profile.S,
      answers: merged.answers as Record<string, Record<string, number>>,
      reasons: merged.reasons,
      handlingLabel: input.handlingLabel ?? (input.profile || input.answers ? defaultHandlingLabel(result.profile.K) : merged.handlingLabel),
      status: result.status,
      submittedAt: null,
      loweringAspects: result.lowered.length > 0 ? result.lowered : null,
      // A lowering approved for other levels does not carry over to new ones.
      loweringApprovedBy: null,
      loweringApprovedAt: null,
      version: current.version + 1,
      updatedAt: new Date().toISOString(),
    })
    .where(and(eq(classifications.id, id), eq(classifications.version, input.version)))
    .returning({ id: classifications.id });
  if (changed.length === 0) throw versionConflict('classification');
  const after = await describeClassification(ctx, id);
  await recordAudit(ctx, { action: 'classification.updated', entityType: 'classification', entityId: id, before: auditView(before), after: auditView(after) });
  if (result.status === 'referred') await notifyRole(ctx, 'protective_security_officer', 'classification_referred', after);
  return after;
}

const notOpen = () => new DomainError(409, 'classification_not_open', 'This classification is no longer open for changes');

async function transition(ctx: TenantContext, id: string, version: number, action: string, values: Partial<typeof classifications.$inferInsert>) {
  const before = await describeClassification(ctx, id);
  const changed = await ctx.tx
    .update(classifications)
    .set({ ...values, version: version + 1, updatedAt: new Date().toISOString() })
    .where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.id, id), eq(classifications.version, version)))
    .returning({ id: classifications.id });
  if (changed.length === 0) throw versionConflict('classification');
  const after = await describeClassification(ctx, id);
  await recordAudit(ctx, { action, entityType: 'classification', entityId: id, before: auditView(before), after: auditView(after) });
  return after;
}

/** Utkast → Granskas: the informationsägare (and the CISO, when lowered) are asked to act. */
export async function submitClassification(ctx: TenantContext, id: string, version: number) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'draft') throw notOpen();
  const after = await transition(ctx, id, version, 'classification.submitted', { status: 'in_review', submittedAt: new Date().toISOString() });
  const found = (await findClassification(ctx, id))!;
  await notify(ctx, { personIds: ownersOf(found), kind: 'classification_submitted', params: notificationParams(after), link: linkTo(after) });
  if (after.loweredAspects.length > 0) await notifyRole(ctx, 'ciso', 'lowering_approval_needed', after);
  return after;
}

/** The CISO approves levels below the organisation-wide type. */
export async function approveLowering(ctx: TenantContext, id: string, version: number) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'draft' && current.status !== 'in_review') throw notOpen();
  if (!current.loweringAspects?.length) throw new DomainError(409, 'nothing_lowered', 'The classification is not below its information type; there is nothing to approve');
  return transition(ctx, id, version, 'classification.lowering_approved', { loweringApprovedBy: ctx.actor?.personId ?? null, loweringApprovedAt: new Date().toISOString() });
}

/**
 * → Fastställd. Only the set's informationsägare or their delegate approves; levels below
 * the organisation-wide type need the CISO's approval first. The approved levels become the
 * set's current ones at once, so the object's derived profile and handlingsplan follow.
 */
export async function approveClassification(ctx: TenantContext, id: string, version: number) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'draft' && current.status !== 'in_review') throw notOpen();
  const set = (await lockSet(ctx, current.informationSetId))!;
  if (!set.ownerId) throw new DomainError(409, 'no_information_owner', 'Name the information set\'s informationsägare first: only they or their delegate can approve');
  if (!ctx.actor || (ctx.actor.personId !== set.ownerId && ctx.actor.personId !== set.delegateId)) {
    throw forbidden('Only the informationsägare of this information set, or their delegate, can approve its classification');
  }
  if (current.loweringAspects?.length && !current.loweringApprovedBy) {
    throw new DomainError(409, 'lowering_needs_approval', `Lower than the organisation-wide information type on ${current.loweringAspects.join(', ')}: the CISO must approve the lowering first`);
  }
  const [tenant] = await ctx.tx.select({ months: tenants.classificationValidityMonths }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  const now = new Date();
  const until = validUntil(now, tenant.months).toISOString();
  if (set.approvedClassificationId) {
    await ctx.tx.update(classifications).set({ status: 'superseded', updatedAt: now.toISOString() }).where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.id, set.approvedClassificationId)));
  }
  const after = await transition(ctx, id, version, 'classification.approved', {
    status: 'approved',
    submittedAt: current.submittedAt ?? now.toISOString(),
    approvedBy: ctx.actor.personId,
    approvedAt: now.toISOString(),
    validUntil: until,
  });
  await ctx.tx
    .update(informationSets)
    .set({ approvedClassificationId: id, approvedK: current.k, approvedR: current.r, approvedT: current.t, approvedS: current.s, approvedValidUntil: until, reviewReason: null, reviewSince: null })
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.id, set.id)));
  await objectProfileChanged(ctx, [set.objectId]);
  return after;
}

/** Granskas → Utkast, for changes before approval. */
export async function returnToDraft(ctx: TenantContext, id: string, version: number) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'in_review') throw notOpen();
  return transition(ctx, id, version, 'classification.returned', { status: 'draft', submittedAt: null });
}

/** The säkerhetsskyddschef records how a referred case is handled (outside Värn's catalogue). */
export async function answerReferral(ctx: TenantContext, id: string, input: z.output<typeof referralAnswer>) {
  const current = await lockClassification(ctx, id);
  if (!current) throw notFound('classification');
  if (current.status !== 'referred') throw new DomainError(409, 'not_referred', 'This classification was not referred to the protective-security officer');
  return transition(ctx, id, input.version, 'classification.referral_answered', { referralNote: input.note, referralHandledBy: ctx.actor?.personId ?? null, referralHandledAt: new Date().toISOString() });
}

function ownersOf(found: ClassificationRow): string[] {
  return [found.setOwnerId, found.setDelegateId].filter((id): id is string => Boolean(id));
}

const notificationParams = (classification: Classification) => ({ setName: classification.informationSetName, objectName: classification.objectName });
const linkTo = (classification: Classification) => `/information-sets/${classification.informationSetId}`;

async function notifyRole(ctx: TenantContext, role: 'ciso' | 'protective_security_officer', kind: NotificationKind, classification: Classification) {
  const holders = await ctx.tx
    .selectDistinct({ personId: roleAssignments.personId })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, ctx.tenantId), inArray(roleAssignments.role, [role])));
  await notify(ctx, { personIds: holders.map((holder) => holder.personId), kind, params: notificationParams(classification), link: linkTo(classification) });
}

function auditView(classification: Classification) {
  const { can: _can, ...rest } = classification;
  return { ...rest, profileText: formatProfile(classification.profile) };
}
