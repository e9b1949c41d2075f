import { z } from 'zod';
import { riskStatuses, treatments } from '../../../shared/risk/analysis';
import { riskLevels } from '../../../shared/risk/matrix';
import { threatOrigins } from '../../../shared/risk/threatOrigins';
import { riskSorts } from '../../../shared/schemas/risk';
import type { RiskRegisterFilter } from '../../api/riskRegister';

/** Search params arrive parsed as JSON ("?q=123" is a number): accept text, ignore garbage. */
const text = z.preprocess((value) => (value === undefined || value === null ? undefined : String(value)), z.string().optional());
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The register's filters in the address, so a view ("my risks", one förvaltning, the extreme
 * ones) can be linked and reloaded. Unknown or stale values are dropped, never an error.
 */
export const riskRegisterSearch = z.object({
  q: text,
  level: optional(z.enum(riskLevels)),
  residual: optional(z.enum(riskLevels)),
  treatment: optional(z.enum([...treatments, 'none'])),
  status: optional(z.enum([...riskStatuses, 'acceptance_expired'])),
  owner: text,
  unit: text,
  origin: optional(z.enum(threatOrigins)),
  overdue: optional(z.boolean()),
  sort: optional(z.enum(riskSorts)),
  page: optional(z.number().int().min(1)),
});
export type RiskRegisterSearch = z.infer<typeof riskRegisterSearch>;

/** The API filter a search describes (the address uses short names). */
export function registerFilterOf(search: RiskRegisterSearch): RiskRegisterFilter {
  return {
    q: search.q,
    level: search.level,
    residualLevel: search.residual,
    treatment: search.treatment,
    status: search.status,
    ownerId: search.owner,
    orgUnitId: search.unit,
    threatOrigin: search.origin,
    overdueActions: search.overdue,
  };
}
