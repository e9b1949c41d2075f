import { z } from 'zod';
import { actionSources, actionStatuses, assessments, modalities, nis2Measures } from '../actions.js';
import { aspects } from '../classification/aspects.js';
import { version } from './common.js';
import { queryFlag } from './requirements.js';

/** A calendar date, YYYY-MM-DD, that really exists (no 31 February). */
export const calendarDate = z.iso.date();

/** One row of a handlingsplan (or, later, a risk treatment): the shared action model. */
export const action = z.object({
  id: z.uuid(),
  /** Null only for a risk treatment of a process or org unit. */
  objectId: z.uuid().nullable(),
  /** The risk a treatment action reduces. */
  riskId: z.uuid().nullable(),
  source: z.enum(actionSources),
  title: z.string(),
  requirementId: z.uuid().nullable(),
  requirementCode: z.string().nullable(),
  requirementTitleSv: z.string().nullable(),
  requirementTitleEn: z.string().nullable(),
  modality: z.enum(modalities).nullable(),
  aspects: z.array(z.enum(aspects)),
  minLevel: z.number().int().nullable(),
  nis2: z.array(z.enum(nis2Measures)),
  assessment: z.enum(assessments).nullable(),
  implementation: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(actionStatuses),
  /** False once the object's profile no longer asks for the requirement (kept because it was answered). */
  applicable: z.boolean(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type Action = z.infer<typeof action>;

const actionFields = {
  assessment: z.enum(assessments).nullable().optional(),
  implementation: z.string().trim().max(5000).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: calendarDate.nullable().optional(),
  status: z.enum(actionStatuses).optional(),
};

/** Self-assessment and follow-up; only the fields sent change. */
export const actionUpdate = z.strictObject({ version, title: z.string().trim().min(1).max(300).optional(), ...actionFields });
export type ActionUpdate = z.input<typeof actionUpdate>;

/** An action someone adds by hand to an object's plan. */
export const manualActionCreate = z.strictObject({ title: z.string().trim().min(1).max(300), ...actionFields });
export type ManualActionCreate = z.input<typeof manualActionCreate>;

export const actionPlanSummary = z.object({
  applicable: z.number().int(),
  met: z.number().int(),
  partlyMet: z.number().int(),
  notMet: z.number().int(),
  notApplicable: z.number().int(),
  unassessed: z.number().int(),
  overdue: z.number().int(),
  /** Met plus half of partly met, over the applicable requirements not assessed as not applicable; null when none. */
  fulfilmentPercent: z.number().nullable(),
});
export type ActionPlanSummary = z.infer<typeof actionPlanSummary>;

export const actionPlan = z.object({
  objectId: z.uuid(),
  objectName: z.string(),
  profile: z.object({ K: z.number().int(), R: z.number().int(), T: z.number().int(), S: z.number().int() }),
  summary: actionPlanSummary,
  actions: z.array(action),
});
export type ActionPlan = z.infer<typeof actionPlan>;

export const actionListQuery = z.strictObject({
  objectId: z.uuid().optional(),
  /** Objects in this unit and every unit below it. */
  orgUnitId: z.uuid().optional(),
  status: z.enum(actionStatuses).optional(),
  overdue: queryFlag,
  ownerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ActionListQuery = z.input<typeof actionListQuery>;

export const actionListItem = action.extend({ objectName: z.string(), orgUnitId: z.uuid(), orgUnitName: z.string() });
export type ActionListItem = z.infer<typeof actionListItem>;

export const actionPage = z.object({ items: z.array(actionListItem), total: z.number().int() });
export type ActionPage = z.infer<typeof actionPage>;
