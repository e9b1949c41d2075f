import { z } from 'zod';

/** One org unit's rollup: every object in its subtree, partitioned by classification state. */
export const coverageRow = z.object({
  orgUnitId: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  type: z.string(),
  objects: z.number().int(),
  valid: z.number().int(),
  expired: z.number().int(),
  incomplete: z.number().int(),
  never: z.number().int(),
  critical: z.number().int(),
  needsReview: z.number().int(),
  /** Objects with a fastställd risk analysis that is not overdue (no trigger, next date not passed). */
  riskAnalysisCurrent: z.number().int(),
  actions: z.object({
    /** Requirements that apply and are not marked "ej tillämpligt". */
    applicable: z.number().int(),
    met: z.number().int(),
    partlyMet: z.number().int(),
    notMet: z.number().int(),
    unanswered: z.number().int(),
    overdue: z.number().int(),
    /** Met counts fully, partly met half: (met + partly/2) / applicable, 0-100; null with nothing applicable. */
    fulfilmentPercent: z.number().nullable(),
  }),
});
export type CoverageRow = z.infer<typeof coverageRow>;
