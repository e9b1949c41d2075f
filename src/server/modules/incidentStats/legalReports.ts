import { sql } from 'drizzle-orm';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';
import { monthlyLegalReports } from './monthly.js';
import { splitByMonths } from './months.js';
import { inScope, withoutJit, type StatsScope } from './scope.js';

/** Reports that count: not waived, with a due time (alias `d`). */
const counted = sql`not d.waived and d.due_at is not null`;

/**
 * The legal reports that were due by now or were submitted, of the incidents in scope: on time
 * when submitted at or before the due time; late when submitted after it or still missing past it.
 * Waived reports (no notification needed) and reports without a due time yet are not counted.
 * Every report with a due time is counted (whole months from the monthly counts, partial months
 * report by report), less the missing ones not due yet: those change with the clock, are few
 * (recent incidents only), and the open-report index finds them.
 */
export async function legalReports(ctx: TenantContext, scope: StatsScope, now: Date): Promise<{ due: number; onTime: number }> {
  await withoutJit(ctx);
  const { months, edges } = splitByMonths(scope);
  // Each incident's reports are looked up by its key (OFFSET 0 keeps the planner from hashing every report instead).
  const reportsOfIncidents = (range: StatsScope) => sql`
    select coalesce(sum(x.due), 0)::int as due, coalesce(sum(x.on_time), 0)::int as on_time from incidents i
    cross join lateral (select count(*) as due, count(*) filter (where d.submitted_at <= d.due_at) as on_time from incident_deadlines d
      where d.incident_id = i.id and d.tenant_id = ${ctx.tenantId} and ${counted} offset 0) x
    where ${inScope(ctx, range)}`;
  const ofIncidentsInScope = scope.from || scope.to || !scope.reach.everywhere ? sql`and d.incident_id in (select i.id from incidents i where ${inScope(ctx, scope)})` : sql``;
  const queries = [
    ...(months ? [monthlyLegalReports(ctx, months, scope)] : []),
    ...edges.map((edge) => reportsOfIncidents({ ...scope, ...edge })),
    sql`select -count(*)::int as due, 0 as on_time from incident_deadlines d
      where d.tenant_id = ${ctx.tenantId} and ${counted} and d.submitted_at is null and d.due_at > ${now.toISOString()} ${ofIncidentsInScope}`,
  ];
  let due = 0;
  let onTime = 0;
  for (const query of queries) {
    const [row] = await rawRows<{ due: number; on_time: number }>(ctx.tx, query);
    due += Number(row?.due ?? 0);
    onTime += Number(row?.on_time ?? 0);
  }
  return { due, onTime };
}
