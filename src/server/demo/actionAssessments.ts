import type { Assessment, ActionStatus } from '../../shared/actions.js';
import type { TenantContext } from '../db/context.js';
import { recordAudit } from '../audit/auditLog.js';
import { actionPlanRows, answerActionsVersioned, toAction } from '../modules/actions/queries.js';
import { assessmentTexts, fallbackTexts, notApplicableTexts, technicalAreas } from './actionAssessmentTexts.js';
import { actorFor } from './registerClassifications.js';
import type { DemoPerson } from './registerOwners.js';
import { demoRequirements } from './requirementsCatalogue.js';

const areaByCode = new Map(demoRequirements.map((requirement) => [requirement.code, requirement.area]));

export interface AssessmentStyle {
  /** Share of the plan's requirements the owners have assessed so far. */
  assessedShare: number;
  /** Of those, roughly the share met (the rest partly or not met, a few not applicable). */
  maturity: number;
}

export interface AssessmentPeople {
  /** Who answers for the plan and signs the self-assessment (the objektägare). */
  objectOwner: DemoPerson;
  /** The object's own people, who take on the business-side actions. */
  responsible: DemoPerson[];
  /** IT-drift staff, who take on some technical actions. */
  it: DemoPerson[];
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Self-assesses an object's handlingsplan as its owners would have: most requirements met with
 * how, the gaps with an owner, a due date and a status (some past due), a few not applicable.
 * Written as one versioned update per plan and one audit event for it: thousands of answers
 * one by one through `updateAction` made the demo load several times slower. The service's
 * rules still hold: each row must still be at the version just read, the title is untouched,
 * and every owner is one of the demo's own staff.
 */
export async function assessDemoActionPlan(
  ctx: TenantContext,
  objectId: string,
  style: AssessmentStyle,
  people: AssessmentPeople,
  random: () => number,
  today: string,
): Promise<number> {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const plan = (await actionPlanRows(ctx, objectId)).map((row) => toAction(row, today)).filter((action) => action.applicable && action.source === 'requirement');
  const answers: Array<{ id: string; version: number; requirementCode: string | null; assessment: Assessment; implementation: string; ownerId: string; ownerName: string; dueDate: string | null; status: ActionStatus }> = [];
  for (const action of plan) {
    if (random() >= style.assessedShare) continue;
    const area = areaByCode.get(action.requirementCode ?? '') ?? '';
    const texts = assessmentTexts[area] ?? fallbackTexts;
    const draw = random();
    const assessment: Assessment =
      draw < 0.05 ? 'not_applicable' : draw < style.maturity ? 'met' : draw < style.maturity + (1 - style.maturity) * 0.6 ? 'partly_met' : 'not_met';
    const owner = technicalAreas.has(area) && people.it.length > 0 && random() < 0.5 ? pick(people.it) : pick(people.responsible);
    let status: ActionStatus = 'done';
    let dueDate: string | null = null;
    let implementation = assessment === 'not_applicable' ? pick(notApplicableTexts) : pick(texts.met);
    if (assessment === 'partly_met' || assessment === 'not_met') {
      implementation = pick(assessment === 'partly_met' ? texts.partly : texts.notMet);
      dueDate = addDays(today, -120 + Math.floor(random() * 420));
      status = dueDate < today ? (random() < 0.65 ? 'delayed' : 'at_risk') : assessment === 'partly_met' || random() < 0.5 ? 'on_track' : 'not_started';
    }
    answers.push({ id: action.id, version: action.version, requirementCode: action.requirementCode, assessment, implementation, ownerId: owner.id, ownerName: owner.name, dueDate, status });
  }
  if (answers.length === 0) return 0;
  const updated = await answerActionsVersioned(ctx, objectId, answers);
  if (updated !== answers.length) throw new Error(`The handlingsplan of demo object ${objectId} changed while being assessed`);
  const asOwner: TenantContext = { ...ctx, actor: actorFor(people.objectOwner, ctx.tenantId) };
  const audited = answers.map(({ requirementCode, assessment, implementation, ownerName, dueDate, status }) => ({ requirementCode, assessment, implementation, ownerName, dueDate, status }));
  await recordAudit(asOwner, { action: 'action_plan.self_assessed', entityType: 'object', entityId: objectId, after: { actions: audited } });
  return answers.length;
}
