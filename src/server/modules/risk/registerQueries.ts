import { eq, isNotNull, and, sql, type SQL } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { orgUnits, riskAnalyses, risks } from '../../db/schema/index.js';

type Cell = { likelihood: number; impact: number; count: number };

/** Risks per matrix cell, inherent and residual, over the register's filtered rows. */
export async function heatMapCounts(ctx: TenantContext, where: SQL | undefined): Promise<{ inherent: Cell[]; residual: Cell[]; total: number }> {
  const base = () =>
    ctx.tx
      .select({ likelihood: risks.likelihood, impact: risks.impact, count: sql<number>`count(*)::int` })
      .from(risks)
      .innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId))
      .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId));
  const inherent = await base().where(where).groupBy(risks.likelihood, risks.impact);
  const residual = await ctx.tx
    .select({ likelihood: sql<number>`${risks.residualLikelihood}`, impact: sql<number>`${risks.residualImpact}`, count: sql<number>`count(*)::int` })
    .from(risks)
    .innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId))
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .where(and(where, isNotNull(risks.residualLikelihood)))
    .groupBy(risks.residualLikelihood, risks.residualImpact);
  return { inherent, residual, total: inherent.reduce((sum, cell) => sum + cell.count, 0) };
}

/**
 * Month-end counts by inherent level over the last twelve months, from the level history:
 * each history row holds from its time until the risk's next row, and a risk counts at a
 * month's end with the row that holds then, unless that row says closed. The filtered ids
 * and the spans are computed once (a correlated filter per history row is what made this slow).
 */
export async function levelTrend(ctx: TenantContext, where: SQL | undefined, thisMonth: string) {
  const filtered = ctx.tx
    .select({ id: risks.id })
    .from(risks)
    .innerJoin(riskAnalyses, eq(riskAnalyses.id, risks.analysisId))
    .innerJoin(orgUnits, eq(orgUnits.id, riskAnalyses.orgUnitId))
    .where(where);
  const counted = (level: string) => sql.raw(`(count(*) filter (where s.level = '${level}' and s.status <> 'closed'))::int as ${level}`);
  return rawRows<{ month: string; low: number; medium: number; high: number; extreme: number }>(
    ctx.tx,
    sql`
    with filtered as materialized (${filtered}),
    spans as materialized (
      select h.level, h.status, h.recorded_at as from_at,
        lead(h.recorded_at) over (partition by h.risk_id order by h.recorded_at, h.id) as until_at
      from risk_level_history h join filtered f on f.id = h.risk_id
      where h.tenant_id = ${ctx.tenantId}
    ),
    ends as (
      select m.month, ((m.month + interval '1 month')::timestamp at time zone 'Europe/Stockholm') as end_at
      from generate_series(${thisMonth}::date - interval '11 months', ${thisMonth}::date, interval '1 month') as m(month)
    )
    select to_char(e.month, 'YYYY-MM') as month, ${counted('low')}, ${counted('medium')}, ${counted('high')}, ${counted('extreme')}
    from ends e
    left join spans s on s.from_at < e.end_at and (s.until_at is null or s.until_at >= e.end_at)
    group by e.month order by e.month`,
  );
}
