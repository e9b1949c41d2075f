import { and, eq } from 'drizzle-orm';
import { aspects, type Aspect, type ConsequenceCategory, type Level } from '../../shared/classification/aspects.js';
import { validUntil } from '../../shared/classification/workflow.js';
import type { Actor, TenantContext } from '../db/context.js';
import { classifications, informationSets, tenants } from '../db/schema/index.js';
import { approveClassification, startClassification, submitClassification } from '../modules/classification/service.js';
import type { DemoInformationSet } from './registerContent.js';
import type { DemoPerson } from './registerOwners.js';
import type { SetPlan } from './registerStates.js';

/**
 * Brings one demo information set as far as its plan says, through the classification
 * service and as its informationsägare (only they may approve): draft, in review, approved.
 * Approvals are then dated back into the past year or beyond, since the service stamps "now".
 */

const dayMs = 86_400_000;

/** The informationsägare acting in the app, as a session would present them. */
export function actorFor(person: DemoPerson, tenantId: string): Actor {
  return { accountId: person.id, personId: person.id, name: person.name, tenantId, grants: [], via: 'session' };
}

/** Which consequence decides each aspect, as an owner would usually answer for this kind of information. */
function decidingCategory(aspect: Aspect, set: DemoInformationSet, random: () => number): ConsequenceCategory {
  if (aspect === 'K') return set.personalData ? 'person' : 'trust';
  if (aspect === 'R') return random() < 0.5 ? 'operations' : set.personalData ? 'person' : 'financial';
  if (aspect === 'T') return set.personalData && random() < 0.4 ? 'person' : 'operations';
  return random() < 0.7 ? 'law' : 'trust';
}

const otherCategories: ConsequenceCategory[] = ['financial', 'operations', 'law', 'trust', 'others'];

/**
 * Guided answers giving exactly the set's levels: the deciding category at the level and a
 * milder one beside it. A draft has answered only the first `answered` aspects so far.
 */
export function demoAnswers(set: DemoInformationSet, random: () => number, answered: number = aspects.length) {
  const answers: Partial<Record<Aspect, Partial<Record<ConsequenceCategory, Level>>>> = {};
  for (const aspect of aspects.slice(0, answered)) {
    const level = set.profile[aspect];
    const decider = decidingCategory(aspect, set, random);
    const milder = otherCategories.filter((category) => category !== decider)[Math.floor(random() * (otherCategories.length - 1))];
    answers[aspect] = { [decider]: level, [milder]: Math.max(0, level - 1 - Math.floor(random() * 2)) as Level };
  }
  return answers;
}

function reasonsFor(set: DemoInformationSet, answered: number) {
  return Object.fromEntries(aspects.slice(0, answered).flatMap((aspect) => (set.reasons[aspect] ? [[aspect, set.reasons[aspect]]] : [])));
}

async function startDraft(ctx: TenantContext, setId: string, set: DemoInformationSet, random: () => number, complete: boolean) {
  const answered = complete ? aspects.length : 1 + Math.floor(random() * 3);
  return startClassification(ctx, setId, { answers: demoAnswers(set, random, answered), reasons: reasonsFor(set, answered), mayInvolveNationalSecurity: false });
}

export async function validityMonths(ctx: TenantContext): Promise<number> {
  const [tenant] = await ctx.tx.select({ months: tenants.classificationValidityMonths }).from(tenants).where(eq(tenants.id, ctx.tenantId));
  return tenant.months;
}

/**
 * The one place the seed writes classification dates directly: the service approves "now",
 * and a demo needs approvals from last spring and from two years ago. Dates stay consistent:
 * created ≤ submitted ≤ approved, valid until approved + the tenant's months, on the set too.
 */
async function dateApproval(ctx: TenantContext, setId: string, classificationId: string, daysAgo: number, months: number, random: () => number) {
  const approvedAt = new Date(Date.now() - daysAgo * dayMs);
  const submittedAt = new Date(approvedAt.getTime() - (1 + Math.floor(random() * 6)) * dayMs);
  const createdAt = new Date(submittedAt.getTime() - Math.floor(random() * 14) * dayMs);
  const until = validUntil(approvedAt, months).toISOString();
  await ctx.tx
    .update(classifications)
    .set({ approvedAt: approvedAt.toISOString(), validUntil: until, submittedAt: submittedAt.toISOString(), createdAt: createdAt.toISOString() })
    .where(and(eq(classifications.tenantId, ctx.tenantId), eq(classifications.id, classificationId)));
  await ctx.tx
    .update(informationSets)
    .set({ approvedValidUntil: until })
    .where(and(eq(informationSets.tenantId, ctx.tenantId), eq(informationSets.id, setId)));
}

/** Applies one set's plan as its owner; returns nothing, the services keep profiles and plans in step. */
export async function classifyDemoSet(
  ctx: TenantContext,
  work: { setId: string; set: DemoInformationSet; plan: SetPlan; owner: DemoPerson; months: number },
  random: () => number,
): Promise<void> {
  const { setId, set, plan, owner, months } = work;
  if (plan.stage === 'none') return;
  const asOwner: TenantContext = { ...ctx, actor: actorFor(owner, ctx.tenantId) };
  const draft = await startDraft(asOwner, setId, set, random, plan.stage !== 'draft');
  if (plan.stage === 'draft') return;
  if (plan.stage === 'in_review') {
    await submitClassification(asOwner, draft.id, draft.version);
    return;
  }
  // The owner approves their own draft directly (no review step needed); the dating below gives it a submission date.
  const approved = await approveClassification(asOwner, draft.id, draft.version);
  await dateApproval(ctx, setId, approved.id, plan.approvedDaysAgo ?? 30, months, random);
  // A review under way: the expired classification still counts until the new one is approved.
  if (plan.redraft) await startDraft(asOwner, setId, set, random, false);
}
