import { DateTime } from 'luxon';
import { stockholmZone } from '../../../shared/incident/deadlines.js';

export type StatsPeriod = 'month' | 'quarter';

export interface PeriodRange {
  /** `2026-03` or `2026-Q1`, in order. */
  labels: string[];
  /** The UTC instant each period starts (Stockholm midnight on its first day), one per label. */
  starts: string[];
}

const labelOf = (start: DateTime, period: StatsPeriod) => (period === 'month' ? start.toFormat('yyyy-MM') : `${start.year}-Q${start.quarter}`);

/**
 * Every month or quarter, in Stockholm local time, from the one holding `from` to the one
 * holding the last instant before `to`. Counting in local time is what makes March start at
 * 00:00 CET and April at 00:00 CEST: the periods are calendar periods, not 30-day spans.
 */
export function periodsBetween(from: string, to: string, period: StatsPeriod): PeriodRange {
  const end = DateTime.fromISO(to, { zone: stockholmZone });
  let start = DateTime.fromISO(from, { zone: stockholmZone }).startOf(period);
  const range: PeriodRange = { labels: [], starts: [] };
  while (start < end) {
    range.labels.push(labelOf(start, period));
    range.starts.push(start.toUTC().toISO()!);
    start = start.plus(period === 'month' ? { months: 1 } : { quarters: 1 });
  }
  return range;
}
