import { z } from 'zod';
import { statsGroupings, statsPeriods } from '../../../shared/schemas/incident';
import { isCalendarDay } from './statsPeriod';

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const calendarDay = z.custom<string>(isCalendarDay);

/**
 * The statistics' choices in the address, so a view can be linked and reloaded. Without from/to
 * the last 12 months are shown; unknown values are dropped, never an error.
 */
export const incidentStatsSearch = z.object({
  from: optional(calendarDay),
  to: optional(calendarDay),
  groupBy: optional(z.enum(statsGroupings)),
  period: optional(z.enum(statsPeriods)),
});
export type IncidentStatsSearch = z.infer<typeof incidentStatsSearch>;
