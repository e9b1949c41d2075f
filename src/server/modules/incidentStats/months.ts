import { DateTime } from 'luxon';
import { stockholmZone } from '../../../shared/incident/deadlines.js';

/** A half-open range of instants; a missing end is open. */
export interface Range {
  from?: string;
  to?: string;
}

/**
 * A range split into the whole Stockholm months inside it (read from the monthly counts) and
 * the partial months at its ends (counted from the incidents). Either part may be empty.
 */
export interface MonthSplit {
  months: Range | null;
  edges: Range[];
}

const monthStart = (iso: string) => DateTime.fromISO(iso, { zone: stockholmZone }).startOf('month');
const utc = (time: DateTime) => time.toUTC().toISO()!;

export function splitByMonths({ from, to }: Range): MonthSplit {
  const startOfFrom = from ? monthStart(from) : null;
  const firstWhole = from ? (startOfFrom!.toMillis() === Date.parse(from) ? from : utc(startOfFrom!.plus({ months: 1 }))) : undefined;
  const endOfWhole = to ? utc(monthStart(to)) : undefined;
  if (firstWhole && endOfWhole && Date.parse(firstWhole) >= Date.parse(endOfWhole)) return { months: null, edges: [{ from, to }] };
  const edges: Range[] = [];
  if (from && Date.parse(firstWhole!) > Date.parse(from)) edges.push({ from, to: firstWhole });
  if (to && Date.parse(endOfWhole!) < Date.parse(to)) edges.push({ from: endOfWhole, to });
  return { months: { from: firstWhole, to: endOfWhole }, edges };
}
