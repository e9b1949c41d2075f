import { and, isNotNull, sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { risks } from '../../db/schema/index.js';
import { selectFilteredRisks, type RiskCondition } from './riskQueries.js';

type Cell = { likelihood: number; impact: number; count: number };

/**
 * Risks per matrix cell, inherent and residual, over the register's filtered rows. Without
 * filters on the analysis these are two index-only scans of `risks` (migration 0007); with
 * them, one pass over the joined rows counts both (grouping sets).
 */
export async function heatMapCounts(ctx: TenantContext, condition: RiskCondition): Promise<{ inherent: Cell[]; residual: Cell[]; total: number }> {
  const { inherent, residual } = condition.joinsAnalysis ? await cellsInOnePass(ctx, condition) : await cellsByIndex(ctx, condition);
  return { inherent, residual, total: inherent.reduce((sum, cell) => sum + cell.count, 0) };
}

async function cellsByIndex(ctx: TenantContext, condition: RiskCondition) {
  const inherent = await selectFilteredRisks(ctx, { likelihood: risks.likelihood, impact: risks.impact, count: sql<number>`count(*)::int` }, condition)
    .groupBy(risks.likelihood, risks.impact)
    .orderBy(risks.likelihood, risks.impact);
  const residual = await selectFilteredRisks(
    ctx,
    { likelihood: sql<number>`${risks.residualLikelihood}`, impact: sql<number>`${risks.residualImpact}`, count: sql<number>`count(*)::int` },
    { ...condition, where: and(condition.where, isNotNull(risks.residualLikelihood)) },
  )
    .groupBy(risks.residualLikelihood, risks.residualImpact)
    .orderBy(risks.residualLikelihood, risks.residualImpact);
  return { inherent, residual };
}

async function cellsInOnePass(ctx: TenantContext, condition: RiskCondition) {
  const rows = await selectFilteredRisks(
    ctx,
    {
      residualSet: sql<number>`grouping(${risks.likelihood}, ${risks.impact})`,
      likelihood: sql<number | null>`coalesce(${risks.likelihood}, ${risks.residualLikelihood})`,
      impact: sql<number | null>`coalesce(${risks.impact}, ${risks.residualImpact})`,
      count: sql<number>`count(*)::int`,
    },
    condition,
  )
    .groupBy(sql`grouping sets ((${risks.likelihood}, ${risks.impact}), (${risks.residualLikelihood}, ${risks.residualImpact}))`)
    .orderBy(sql`1, 2, 3`);
  // In the residual set, risks without a residual level form the (null, null) group.
  const cells = (residualSet: boolean): Cell[] =>
    rows
      .filter((row) => (row.residualSet !== 0) === residualSet && row.likelihood !== null)
      .map(({ likelihood, impact, count }) => ({ likelihood: likelihood!, impact: impact!, count }));
  return { inherent: cells(false), residual: cells(true) };
}

/**
 * Month-end counts by inherent level over the last twelve months, from the level history:
 * each history row holds from its time until the risk's next row, and a risk counts at a
 * month's end with the row that holds then, unless that row says closed. The filtered ids
 * and the spans are computed once (a correlated filter per history row is what made this slow).
 * Rather than testing every span against every month's end, each span is placed once by
 * width_bucket: it counts in months first..stop-1, where first is the number of month ends at
 * or before its start and stop the number at or before its end (12 while it still holds).
 */
export async function levelTrend(ctx: TenantContext, condition: RiskCondition, thisMonth: string) {
  const filtered = selectFilteredRisks(ctx, { id: risks.id }, condition);
  const counted = (level: string) => sql.raw(`coalesce(sum(g.n) filter (where g.level = '${level}'), 0)::int as ${level}`);
  return rawRows<{ month: string; low: number; medium: number; high: number; extreme: number }>(
    ctx.tx,
    sql`
    with filtered as materialized (${filtered}),
    spans as (
      select h.level, h.status, h.recorded_at as from_at,
        lead(h.recorded_at) over (partition by h.risk_id order by h.recorded_at, h.id) as until_at
      from risk_level_history h join filtered f on f.id = h.risk_id
      where h.tenant_id = ${ctx.tenantId}
    ),
    months as (
      -- An integer series, which the planner knows has 12 rows (a timestamp series is guessed
      -- at 1,000, and the inflated cost made PostgreSQL JIT-compile the query: 0.5 s).
      select k, ${thisMonth}::date - (11 - k) * interval '1 month' as month from generate_series(0, 11) as k
    ),
    ends as (
      select m.month, m.k, ((m.month + interval '1 month')::timestamp at time zone 'Europe/Stockholm') as end_at from months m
    ),
    bounds as (select array_agg(end_at order by end_at) as end_ats from ends),
    grouped as (
      select s.level, width_bucket(s.from_at, b.end_ats) as first, coalesce(width_bucket(s.until_at, b.end_ats), 12) as stop, count(*) as n
      from spans s cross join bounds b
      where s.status <> 'closed'
      group by 1, 2, 3
    )
    select to_char(e.month, 'YYYY-MM') as month, ${counted('low')}, ${counted('medium')}, ${counted('high')}, ${counted('extreme')}
    from ends e
    left join grouped g on g.first <= e.k and e.k < g.stop
    group by e.month order by e.month`,
  );
}
