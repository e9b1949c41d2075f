import { sql, type SQL } from 'drizzle-orm';
import type { PermissionReach } from '../../../shared/access.js';
import type { Level } from '../../../shared/classification/aspects.js';
import type { Profile } from '../../../shared/classification/profile.js';
import type { ObjectState } from '../../../shared/schemas/register.js';
import type { TenantContext } from '../../db/context.js';
import { effectiveProfiles, type ObjectProfiles } from './profileQueries.js';

/** One object with the counts its coverage state and derived profile come from. */
export interface ObjectStatsRow {
  id: string;
  org_unit_id: string;
  org_unit_name: string;
  path: string;
  name: string;
  description: string;
  critical: boolean;
  management_plan_url: string | null;
  raised_k: number | null;
  raised_r: number | null;
  raised_t: number | null;
  raised_s: number | null;
  raise_reason: string | null;
  version: number;
  sets: number;
  approved: number;
  expired: number;
  review: number;
  dk: number;
  dr: number;
  dt: number;
  ds: number;
  system_count: number;
  state: ObjectState;
  total?: number;
}

/**
 * Every object of the tenant with its information-set counts and derived levels, in one
 * pass: the sets are aggregated once per object, so the list and the coverage rollup stay
 * one query each however many objects there are. State (DOMAIN §4 / issue 3):
 * valid = all sets approved and current; expired = all approved, one or more expired;
 * incomplete = some but not all approved; never = none approved or no sets.
 */
export function objectStatsQuery(ctx: TenantContext, now: Date): SQL {
  const nowIso = now.toISOString();
  return sql`
    select o.id, o.org_unit_id, u.name as org_unit_name, u.path, o.name, o.description, o.critical, o.management_plan_url,
      o.raised_k, o.raised_r, o.raised_t, o.raised_s, o.raise_reason, o.version,
      coalesce(st.sets, 0)::int as sets, coalesce(st.approved, 0)::int as approved, coalesce(st.expired, 0)::int as expired,
      coalesce(st.review, 0)::int as review,
      coalesce(st.k, 0)::int as dk, coalesce(st.r, 0)::int as dr, coalesce(st.t, 0)::int as dt, coalesce(st.s, 0)::int as ds,
      coalesce(sy.n, 0)::int as system_count,
      case
        when coalesce(st.approved, 0) = 0 then 'never'
        when st.approved < st.sets then 'incomplete'
        when st.expired > 0 then 'expired'
        else 'valid'
      end as state
    from objects o
    join org_units u on u.id = o.org_unit_id
    left join (
      select object_id, count(*) as sets, count(approved_k) as approved,
        count(*) filter (where approved_valid_until < ${nowIso}::timestamptz) as expired,
        count(review_reason) as review,
        max(approved_k) as k, max(approved_r) as r, max(approved_t) as t, max(approved_s) as s
      from information_sets where tenant_id = ${ctx.tenantId} group by object_id
    ) st on st.object_id = o.id
    left join (select object_id, count(*) as n from systems where tenant_id = ${ctx.tenantId} group by object_id) sy on sy.object_id = o.id
    where o.tenant_id = ${ctx.tenantId}`;
}

/** The reach condition on the stats query's columns (`path`, `id`), as SQL text to AND on. */
export function statsWithinReach(reach: PermissionReach): SQL {
  if (reach.everywhere) return sql`true`;
  const parts: SQL[] = reach.paths.map((prefix) => sql`starts_with(path, ${prefix})`);
  if (reach.objectIds.length > 0) parts.push(sql`id in (${sql.join(reach.objectIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

export function profilesOf(row: ObjectStatsRow): ObjectProfiles {
  const derived: Profile = { K: row.dk as Level, R: row.dr as Level, T: row.dt as Level, S: row.ds as Level };
  return effectiveProfiles(derived, { K: row.raised_k, R: row.raised_r, T: row.raised_t, S: row.raised_s }, row.raise_reason);
}
