import { z } from 'zod';
import { aspects, consequenceCategories } from '../classification/aspects.js';
import { handlingLabels } from '../classification/profile.js';
import { classificationStatuses, storedClassificationStatuses } from '../classification/workflow.js';
import { version } from './common.js';
import { aspectTexts, level, profile } from './profile.js';
import { personRef } from './register.js';

/** The guided answers: for each aspect, a level per consequence category. */
export const classificationAnswers = z.partialRecord(z.enum(aspects), z.partialRecord(z.enum(consequenceCategories), level));

export const classification = z.object({
  id: z.uuid(),
  informationSetId: z.uuid(),
  informationSetName: z.string(),
  objectId: z.uuid(),
  objectName: z.string(),
  profile,
  answers: classificationAnswers,
  reasons: z.record(z.string(), z.string()),
  handlingLabel: z.enum(handlingLabels),
  status: z.enum(classificationStatuses),
  storedStatus: z.enum(storedClassificationStatuses),
  /** The organisation-wide type's profile when one applies: the floor below which lowering needs approval. */
  typeProfile: profile.nullable(),
  loweredAspects: z.array(z.enum(aspects)),
  loweringApprovedBy: personRef.nullable(),
  createdBy: personRef.nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: personRef.nullable(),
  approvedAt: z.string().nullable(),
  validUntil: z.string().nullable(),
  referralNote: z.string().nullable(),
  referralHandledAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  /** What the caller may do next; computed by the server. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), approveLowering: z.boolean() }),
});
export type Classification = z.infer<typeof classification>;

/**
 * A draft: either the guided answers (the worst answer per aspect decides) or the levels
 * directly; `mayInvolveNationalSecurity` stops the flow and refers the case.
 */
export const classificationDraft = z.strictObject({
  answers: classificationAnswers.default({}),
  profile: profile.optional(),
  reasons: aspectTexts.default({}),
  handlingLabel: z.enum(handlingLabels).optional(),
  mayInvolveNationalSecurity: z.boolean().default(false),
});
export type ClassificationDraft = z.input<typeof classificationDraft>;

/** Only the fields sent change (no defaults here: a missing `answers` keeps the saved ones). */
export const classificationUpdate = z.strictObject({
  version,
  answers: classificationAnswers.optional(),
  profile: profile.optional(),
  reasons: aspectTexts.optional(),
  handlingLabel: z.enum(handlingLabels).optional(),
  mayInvolveNationalSecurity: z.boolean().optional(),
});
export const classificationTransition = z.strictObject({ version });
export const referralAnswer = z.strictObject({ version, note: z.string().trim().min(1).max(4000) });
