import type { Locale } from '../../../shared/locales.js';
import type { StatsRows, StatsSeries, StatsTimes } from '../../../shared/schemas/incident.js';
import type { TenantContext } from '../../db/context.js';
import { compareKeys, labelOf, type Grouping } from './labels.js';
import { periodsBetween, type StatsPeriod } from './periods.js';
import { countByKey, type KeyCount } from './counts.js';
import type { StatsScope } from './scope.js';
import { legalReports } from './legalReports.js';
import { durations, firstAwareAt } from './times.js';

/** Hours with two decimals (36 seconds): finer than anyone reads a median. */
const roundHours = (value: number) => Math.round(value * 100) / 100;

function labelled(grouping: Grouping, counts: KeyCount[], locale: Locale) {
  const totals = new Map<string, { key: string; label: string; count: number }>();
  for (const { key, unitName, count } of counts) {
    const row = totals.get(key) ?? { key, label: labelOf(grouping, key, locale, unitName ?? undefined), count: 0 };
    row.count += count;
    totals.set(key, row);
  }
  return [...totals.values()].sort((a, b) => compareKeys(grouping, a, b));
}

/** Incidents per key: every incident in scope counts, untriaged ones under "none". No personal data. */
export async function statsRows(ctx: TenantContext, grouping: Grouping, scope: StatsScope, locale: Locale): Promise<StatsRows> {
  const { counts, total } = await countByKey(ctx, grouping, scope);
  return { rows: labelled(grouping, counts, locale), total };
}

/**
 * Incidents per key and month or quarter (Stockholm time), every period of the range present
 * (zero-filled). Without `from` the series starts at the first incident in scope; without `to`
 * it runs to now.
 */
export async function statsSeries(ctx: TenantContext, grouping: Grouping, period: StatsPeriod, scope: StatsScope, locale: Locale, now = new Date()): Promise<StatsSeries> {
  const from = scope.from ?? (await firstAwareAt(ctx, scope));
  const to = scope.to ?? now.toISOString();
  if (!from || Date.parse(from) >= Date.parse(to)) return { periods: [], series: [] };
  const { labels, starts } = periodsBetween(from, to, period);
  // Counted over exactly the periods shown, so every incident falls in one of them.
  const { counts } = await countByKey(ctx, grouping, { ...scope, from, to }, { starts, end: to });
  const series = labelled(grouping, counts, locale).map(({ key, label }) => ({ key, label, counts: labels.map(() => 0) }));
  const byKey = new Map(series.map((entry) => [entry.key, entry]));
  for (const { key, bucket, count } of counts) byKey.get(key)!.counts[bucket - 1] += count;
  return { periods: labels, series };
}

/** Time to detect, resolve and close (median and p90 in hours) and the share of legal reports made on time. */
export async function statsTimes(ctx: TenantContext, scope: StatsScope, now = new Date()): Promise<StatsTimes> {
  const measured = await durations(ctx, scope);
  const duration = (name: keyof typeof measured) => ({
    count: measured[name].count,
    medianHours: measured[name].hours ? roundHours(measured[name].hours![0]) : null,
    p90Hours: measured[name].hours ? roundHours(measured[name].hours![1]) : null,
  });
  const { due, onTime } = await legalReports(ctx, scope, now);
  return {
    detect: duration('detect'),
    resolve: duration('resolve'),
    close: duration('close'),
    legalReports: { due, onTime, late: due - onTime, share: due === 0 ? null : onTime / due },
  };
}
