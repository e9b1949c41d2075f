import { sql, type SQL } from 'drizzle-orm';
import type { LevelBand } from '../../../shared/risk/matrix.js';
import type { TenantContext } from '../../db/context.js';

type Rows<T> = { rows: T[] };

export interface StepInUse {
  scale: 'likelihood' | 'impact';
  step: number;
  /** Risks (not closed) whose inherent or residual value is this step. */
  risks: number;
}

/**
 * Steps beyond the new scales that risks still use (inherent or residual), per step. Closed
 * risks keep their old values: they are history and are never re-scored.
 */
export async function stepsInUseBeyond(ctx: TenantContext, likelihoodSteps: number, impactSteps: number): Promise<StepInUse[]> {
  const result = (await ctx.tx.execute(sql`
    select scale, step, count(distinct id)::int as risks from (
      select id, 'likelihood' as scale, likelihood as step from risks where tenant_id = ${ctx.tenantId} and status <> 'closed'
      union all select id, 'likelihood', residual_likelihood from risks where tenant_id = ${ctx.tenantId} and status <> 'closed'
      union all select id, 'impact', impact from risks where tenant_id = ${ctx.tenantId} and status <> 'closed'
      union all select id, 'impact', residual_impact from risks where tenant_id = ${ctx.tenantId} and status <> 'closed'
    ) used
    where step > case scale when 'likelihood' then ${likelihoodSteps}::int else ${impactSteps}::int end
    group by scale, step
    order by scale desc, step`)) as unknown as Rows<{ scale: StepInUse['scale']; step: number; risks: number }>;
  return result.rows.map((row) => ({ scale: row.scale, step: Number(row.step), risks: Number(row.risks) }));
}

/** `case when score >= 16 then 'extreme' … else 'low' end`: levelOfScore written in SQL. */
function levelOf(score: SQL, bands: LevelBand[]): SQL {
  const highestFirst = [...bands].reverse().map((band) => sql`when ${score} >= ${band.from}::int then ${band.level}::text`);
  return sql`(case ${sql.join(highestFirst, sql` `)} else ${bands[0]!.level}::text end)`;
}

/**
 * Gives every risk that is not closed the level its (unchanged) scores have under `bands`, and
 * records each one whose level or residual level moved in risk_level_history. Scores stay as
 * they are: likelihood × impact does not depend on labels or bands. Returns how many moved.
 */
export async function rescoreOpenRisks(ctx: TenantContext, bands: LevelBand[]): Promise<number> {
  const level = levelOf(sql`score`, bands);
  const residualLevel = sql`(case when residual_score is null then null else ${levelOf(sql`residual_score`, bands)} end)`;
  // A risk whose accepted level (residual, else inherent) moves loses its acceptance: the decision was about another level.
  const acceptedMoved = sql`id in (select id from moved)`;
  const result = (await ctx.tx.execute(sql`
    with moved as (
      select id from risks
      where tenant_id = ${ctx.tenantId} and status <> 'closed'
        and coalesce(${residualLevel}, ${level}) is distinct from coalesce(residual_level, level)
    ), changed as (
      update risks set level = ${level}, residual_level = ${residualLevel}, version = version + 1, updated_at = now(),
        status = case when status = 'accepted' and ${acceptedMoved} then 'open' else status end,
        accepted_until = case when status = 'accepted' and ${acceptedMoved} then null else accepted_until end
      where tenant_id = ${ctx.tenantId} and status <> 'closed'
        and (level is distinct from ${level} or residual_level is distinct from ${residualLevel})
      returning tenant_id, id, level, residual_level, status
    ), withdrawn as (
      update risk_acceptances set status = 'withdrawn'
      where tenant_id = ${ctx.tenantId} and status in ('pending', 'accepted') and risk_id in (select id from moved)
      returning 1
    ), logged as (
      insert into risk_level_history (tenant_id, risk_id, level, residual_level, status)
      select tenant_id, id, level, residual_level, status from changed
      returning 1
    )
    select count(*)::int as rescored from logged`)) as unknown as Rows<{ rescored: number }>;
  return Number(result.rows[0]?.rescored ?? 0);
}
