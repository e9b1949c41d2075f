import { z } from 'zod';
import { aspects } from '../classification/aspects.js';
import { acceptanceCapacities, acceptanceRungs } from '../risk/acceptance.js';
import { analysisStatuses, analysisSubjects, analysisTriggers, riskStatuses, treatments } from '../risk/analysis.js';
import { maxScaleSteps, minScaleSteps, riskLevels } from '../risk/matrix.js';
import { threatOrigins } from '../risk/threatOrigins.js';
import { action, calendarDate } from './actions.js';
import { paging, version } from './common.js';
import { queryFlag } from './requirements.js';

const bilingual = z.strictObject({ sv: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const bilingualText = z.strictObject({ sv: z.string().trim().max(300), en: z.string().trim().max(300) });
const scaleStep = z.strictObject({ label: bilingual, description: bilingualText });
const scale = z.array(scaleStep).min(minScaleSteps).max(maxScaleSteps);

export const riskMatrix = z.strictObject({
  likelihood: scale,
  impact: scale,
  bands: z
    .array(
      z.strictObject({
        level: z.enum(riskLevels),
        from: z.number().int().min(1).max(maxScaleSteps * maxScaleSteps),
        label: bilingual,
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'),
      }),
    )
    .min(2)
    .max(riskLevels.length),
});

export const acceptanceRules = z.strictObject(Object.fromEntries(riskLevels.map((level) => [level, z.enum(acceptanceRungs)])) as Record<(typeof riskLevels)[number], z.ZodEnum<{ [K in (typeof acceptanceRungs)[number]]: K }>>);

export const riskSettings = z.object({
  matrix: riskMatrix,
  acceptanceRules,
  analysisIntervalMonths: z.number().int(),
  acceptanceReminderDays: z.number().int(),
  /** True while the tenant uses the MSB default matrix. */
  defaultMatrix: z.boolean(),
  version: z.number().int(),
  /** Only on a PATCH: how many risks that are not closed changed level under the new matrix. */
  rescored: z.number().int().optional(),
});
export type RiskSettings = z.infer<typeof riskSettings>;

export const riskSettingsUpdate = z.strictObject({
  version,
  matrix: riskMatrix.optional(),
  acceptanceRules: acceptanceRules.optional(),
  analysisIntervalMonths: z.number().int().min(1).max(60).optional(),
  acceptanceReminderDays: z.number().int().min(1).max(180).optional(),
});
export type RiskSettingsUpdate = z.input<typeof riskSettingsUpdate>;

const personRef = z.object({ id: z.uuid(), name: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);

export const riskAnalysisSummary = z.object({
  id: z.uuid(),
  subjectKind: z.enum(analysisSubjects),
  objectId: z.uuid().nullable(),
  objectName: z.string().nullable(),
  systemId: z.uuid().nullable(),
  systemName: z.string().nullable(),
  processName: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  title: z.string(),
  purpose: z.string(),
  riskOwner: personRef.nullable(),
  lead: personRef.nullable(),
  analysisDate: z.string().nullable(),
  status: z.enum(analysisStatuses),
  approvedAt: z.string().nullable(),
  nextDueDate: z.string().nullable(),
  /** Approved but past its next due date, or a trigger asks for a new analysis. */
  overdue: z.boolean(),
  reviewTrigger: z.enum(analysisTriggers).nullable(),
  riskCount: z.number().int(),
  /** The highest inherent level among its risks that are not closed. */
  highestLevel: z.enum(riskLevels).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type RiskAnalysisSummary = z.infer<typeof riskAnalysisSummary>;

export const acceptance = z.object({
  id: z.uuid(),
  level: z.enum(riskLevels),
  rung: z.enum(acceptanceRungs),
  reason: z.string(),
  expiresAt: z.string(),
  status: z.enum(['pending', 'accepted', 'withdrawn']),
  expired: z.boolean(),
  signatures: z.array(z.object({ personId: z.uuid(), personName: z.string(), capacity: z.enum(acceptanceCapacities), signedAt: z.string() })),
  /** Capacities that still have to sign a pending acceptance. */
  stillNeeded: z.array(z.enum(acceptanceCapacities)),
  createdAt: z.string(),
});
export type Acceptance = z.infer<typeof acceptance>;

export const risk = z.object({
  id: z.uuid(),
  analysisId: z.uuid(),
  analysisTitle: z.string(),
  objectId: z.uuid().nullable(),
  objectName: z.string().nullable(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  riskOwner: personRef.nullable(),
  threatCode: z.string().nullable(),
  title: z.string(),
  cause: z.string(),
  event: z.string(),
  consequence: z.string(),
  threatOrigin: z.enum(threatOrigins),
  aspects: z.array(z.enum(aspects)),
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  level: z.enum(riskLevels),
  treatment: z.enum(treatments).nullable(),
  treatmentRationale: z.string().nullable(),
  residualLikelihood: z.number().int().nullable(),
  residualImpact: z.number().int().nullable(),
  residualScore: z.number().int().nullable(),
  residualLevel: z.enum(riskLevels).nullable(),
  status: z.enum(riskStatuses),
  acceptedUntil: z.string().nullable(),
  /** Accepted, but the acceptance has run out: it needs a new decision. */
  acceptanceExpired: z.boolean(),
  actionCount: z.number().int(),
  overdueActions: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Risk = z.infer<typeof risk>;

export const riskDetail = risk.extend({
  actions: z.array(action),
  acceptances: z.array(acceptance),
  /** Whether the caller may edit, and may sign an acceptance at the risk's current level. */
  capabilities: z.object({ manage: z.boolean(), accept: z.boolean() }),
});
export type RiskDetail = z.infer<typeof riskDetail>;

export const riskAnalysisDetail = riskAnalysisSummary.extend({
  participants: z.array(personRef),
  risks: z.array(risk),
  capabilities: z.object({ manage: z.boolean() }),
});
export type RiskAnalysisDetail = z.infer<typeof riskAnalysisDetail>;

export const riskAnalysisCreate = z.strictObject({
  subjectKind: z.enum(analysisSubjects).optional(),
  objectId: z.uuid().optional(),
  systemId: z.uuid().optional(),
  processName: text(200).optional(),
  orgUnitId: z.uuid().optional(),
  title: text(200).optional(),
  purpose: text(2000),
  riskOwnerId: z.uuid().nullable().optional(),
  leadId: z.uuid().nullable().optional(),
  participantIds: z.array(z.uuid()).max(50).optional(),
  analysisDate: calendarDate.nullable().optional(),
});
export type RiskAnalysisCreate = z.input<typeof riskAnalysisCreate>;

export const riskAnalysisUpdate = z.strictObject({
  version,
  title: text(200).optional(),
  purpose: text(2000).optional(),
  processName: text(200).optional(),
  riskOwnerId: z.uuid().nullable().optional(),
  leadId: z.uuid().nullable().optional(),
  participantIds: z.array(z.uuid()).max(50).optional(),
  analysisDate: calendarDate.nullable().optional(),
  status: z.enum(analysisStatuses).optional(),
});
export type RiskAnalysisUpdate = z.input<typeof riskAnalysisUpdate>;

export const riskAnalysisReview = z.strictObject({ version, trigger: z.enum(analysisTriggers) });

export const riskAnalysisListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(analysisStatuses).optional(),
  orgUnitId: z.uuid().optional(),
  objectId: z.uuid().optional(),
  riskOwnerId: z.uuid().optional(),
  overdue: queryFlag,
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: paging.offset,
});
export const riskAnalysisList = z.object({ total: z.number().int(), items: z.array(riskAnalysisSummary) });

const scaleValue = z.number().int().min(1).max(maxScaleSteps);
const riskFields = {
  threatCode: z.string().trim().max(100).nullable().optional(),
  title: text(200).optional(),
  cause: text(2000),
  event: text(2000),
  consequence: text(2000),
  threatOrigin: z.enum(threatOrigins),
  aspects: z.array(z.enum(aspects)).max(4).optional(),
  likelihood: scaleValue,
  impact: scaleValue,
  treatment: z.enum(treatments).nullable().optional(),
  treatmentRationale: z.string().trim().max(4000).nullable().optional(),
  residualLikelihood: scaleValue.nullable().optional(),
  residualImpact: scaleValue.nullable().optional(),
};

export const riskCreate = z.strictObject(riskFields);
export type RiskCreate = z.input<typeof riskCreate>;

/** Only the fields sent change. `accepted` comes only from an acceptance; closing keeps the risk in the history. */
export const riskUpdate = z
  .strictObject({ ...riskFields, status: z.enum(['open', 'in_treatment', 'closed']).optional() })
  .partial()
  .extend({ version });
export type RiskUpdate = z.input<typeof riskUpdate>;

export const riskAccept = z.strictObject({
  reason: text(4000),
  /** Until when the acceptance holds; default a year from today. Must be in the future. */
  expiresAt: calendarDate.optional(),
});
export type RiskAccept = z.input<typeof riskAccept>;

export const riskActionCreate = z.strictObject({
  title: text(300),
  implementation: z.string().trim().max(5000).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: calendarDate.nullable().optional(),
});
export type RiskActionCreate = z.input<typeof riskActionCreate>;

export const riskFilters = {
  q: z.string().trim().max(200).optional(),
  level: z.enum(riskLevels).optional(),
  residualLevel: z.enum(riskLevels).optional(),
  treatment: z.enum([...treatments, 'none']).optional(),
  status: z.enum([...riskStatuses, 'acceptance_expired']).optional(),
  ownerId: z.uuid().optional(),
  orgUnitId: z.uuid().optional(),
  analysisId: z.uuid().optional(),
  objectId: z.uuid().optional(),
  threatOrigin: z.enum(threatOrigins).optional(),
  overdueActions: queryFlag,
};
export const riskFilterQuery = z.strictObject(riskFilters);
export type RiskFilter = z.output<typeof riskFilterQuery>;

export const riskSorts = ['score', 'residual', 'updated', 'title'] as const;
export const riskListQuery = z.strictObject({
  ...riskFilters,
  sort: z.enum(riskSorts).default('score'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: paging.offset,
});
export type RiskListQuery = z.input<typeof riskListQuery>;
export const riskList = z.object({ total: z.number().int(), items: z.array(risk) });

export const heatMap = z.object({
  matrix: riskMatrix,
  /** Risks per cell, inherent (likelihood × impact) and residual; residual counts only risks that have one. */
  inherent: z.array(z.object({ likelihood: z.number().int(), impact: z.number().int(), count: z.number().int() })),
  residual: z.array(z.object({ likelihood: z.number().int(), impact: z.number().int(), count: z.number().int() })),
  total: z.number().int(),
});
export type HeatMap = z.infer<typeof heatMap>;

export const riskTrend = z.object({
  /** Month-end counts of risks not closed, by inherent level, over the last twelve months. */
  months: z.array(z.object({ month: z.string(), low: z.number().int(), medium: z.number().int(), high: z.number().int(), extreme: z.number().int() })),
});
export type RiskTrend = z.infer<typeof riskTrend>;
