import { sql, type SQL } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { toIso } from '../../db/time.js';
import { percentileOf } from './buckets.js';
import { monthlyDurations } from './monthly.js';
import { splitByMonths } from './months.js';
import { inScope, withoutJit, type StatsScope } from './scope.js';

/** When the first incident in scope became known (where a series without `from` starts). */
export async function firstAwareAt(ctx: TenantContext, scope: StatsScope): Promise<string | null> {
  const [row] = await rawRows<{ first: string | null }>(ctx.tx, sql`select min(i.aware_at) as first from incidents i where ${inScope(ctx, scope)}`);
  return row?.first ? toIso(row.first) : null;
}

export interface DurationRow {
  count: number;
  /** [median, p90] in hours, or null when nothing was measured. */
  hours: [number, number] | null;
}

type Measure = 'detect' | 'resolve' | 'close';
const measures: Measure[] = ['detect', 'resolve', 'close'];
const hours = (from: string, to: string) => sql.raw(`date_part('epoch', i.${to} - i.${from}) / 3600`);
const spans: Record<Measure, SQL> = { detect: hours('occurred_at', 'detected_at'), resolve: hours('aware_at', 'resolved_at'), close: hours('aware_at', 'closed_at') };

/** Up to this many measured incidents the percentiles are exact; above it they come from the 4 % buckets (within 2 %). */
export const exactPercentileLimit = 20_000;

/**
 * Time to detect (occurred → detected), resolve (aware → resolved) and close (aware → closed):
 * the median and 90th percentile (interpolated, like a spreadsheet's PERCENTILE) of the
 * incidents that have both times; the others are not measured. The counts come from the
 * duration buckets; a scope of up to 20,000 measured incidents is then measured exactly.
 */
export async function durations(ctx: TenantContext, scope: StatsScope, exactLimit = exactPercentileLimit): Promise<Record<Measure, DurationRow>> {
  await withoutJit(ctx);
  const histograms = await durationHistograms(ctx, scope);
  const counts = measures.map((measure) => [...histograms[measure].values()].reduce((sum, n) => sum + n, 0));
  if (Math.max(...counts) <= exactLimit) return exactDurations(ctx, scope);
  const row = (measure: Measure, count: number): DurationRow => ({
    count,
    hours: count > 0 ? [percentileOf(histograms[measure], count, 0.5), percentileOf(histograms[measure], count, 0.9)] : null,
  });
  return { detect: row('detect', counts[0]), resolve: row('resolve', counts[1]), close: row('close', counts[2]) };
}

/** Measure → bucket → incidents: whole months from the monthly buckets, the partial months bucketed from the incidents. */
async function durationHistograms(ctx: TenantContext, scope: StatsScope): Promise<Record<Measure, Map<number, number>>> {
  const { months, edges } = splitByMonths(scope);
  const queries = [
    ...(months ? [monthlyDurations(ctx, months, scope)] : []),
    ...edges.map(
      (edge) => sql`select m.measure, varn_duration_bucket(m.hours) as bucket, count(*)::int as n
        from incidents i cross join lateral (values ${sql.join(measures.map((measure) => sql`(${measure}, ${spans[measure]})`), sql`, `)}) m(measure, hours)
        where ${inScope(ctx, { ...scope, ...edge })} and m.hours is not null group by 1, 2`,
    ),
  ];
  const histograms = { detect: new Map<number, number>(), resolve: new Map<number, number>(), close: new Map<number, number>() };
  for (const query of queries) {
    for (const { measure, bucket, n } of await rawRows<{ measure: Measure; bucket: number; n: number }>(ctx.tx, query)) {
      const histogram = histograms[measure];
      histogram.set(Number(bucket), (histogram.get(Number(bucket)) ?? 0) + Number(n));
    }
  }
  return histograms;
}

async function exactDurations(ctx: TenantContext, scope: StatsScope): Promise<Record<Measure, DurationRow>> {
  const [row] = await rawRows<Record<string, unknown>>(
    ctx.tx,
    sql`select ${sql.join(
      measures.map((name) => sql`count(${spans[name]})::int as ${sql.identifier(`${name}_n`)}, percentile_cont(array[0.5, 0.9]) within group (order by ${spans[name]}) as ${sql.identifier(name)}`),
      sql`, `,
    )} from incidents i where ${inScope(ctx, scope)}`,
  );
  const result = (name: string): DurationRow => {
    const count = Number(row?.[`${name}_n`] ?? 0);
    const values = row?.[name] as number[] | string | null | undefined;
    const parsed = typeof values === 'string' ? values.replace(/[{}]/g, '').split(',').map(Number) : values;
    return { count, hours: count > 0 && parsed ? [Number(parsed[0]), Number(parsed[1])] : null };
  };
  return { detect: result('detect'), resolve: result('resolve'), close: result('close') };
}
