/**
 * Merges one staged report into its scope's findings, set-based, inside the caller's tenant
 * transaction (as varn_app: row-level security holds for every statement):
 * - rows with the same (asset key, identity) become one finding with an occurrence count and
 *   the highest severity; the first row's text wins;
 * - assets are upserted; findings the scope has not seen are inserted (open);
 * - resolved findings that come back are reopened; the rest are unchanged (last seen updated);
 * - open and in-progress findings of the scope the report no longer has are resolved;
 * - every status change gets a finding_events row naming the scan;
 * - a rule's description and solution are kept once per tenant (finding_texts).
 * The staging rows are deleted in the same transaction.
 */
import { sql } from 'drizzle-orm';
import { findingSeverities, type FindingSeverity } from '../../../shared/schemas/vulnerability.js';
import type { TenantContext } from '../../db/context.js';
import { rawRows } from '../../db/rawRows.js';

export interface ReportMergeCounts {
  assets: number;
  total: number;
  new: number;
  reopened: number;
  unchanged: number;
  closed: number;
  severities: Record<FindingSeverity, number>;
}

/** Least severe first, so a severity's position (1–5) orders them and `max` picks the highest. */
const ascending = sql.raw(`array[${[...findingSeverities].reverse().map((severity) => `'${severity}'`).join(', ')}]::text[]`);

export interface MergeOptions {
  /**
   * Memory for the merge's sorts and hash joins (PostgreSQL's work_mem), so a large report's do
   * not spill to disk. Not for PGlite, whose memory, once grown, stays with the process.
   */
  workMem?: string;
}

export async function mergeScanReport(ctx: TenantContext, scan: { id: string; scopeId: string }, now: string, options: MergeOptions = {}): Promise<ReportMergeCounts> {
  const { tx, tenantId } = ctx;
  if (options.workMem) await tx.execute(sql`select set_config('work_mem', ${options.workMem}, true)`);
  // The report after in-report merging: the first row's fields, the highest severity, the count.
  await tx.execute(sql`
    create temp table scan_report on commit drop as
    select distinct on (r.asset_key, r.identity)
      r.ordinal, r.asset_kind, r.asset_key, r.asset_ip, r.asset_fqdn, r.identity, r.rule_id, r.title, r.cves,
      r.port, r.protocol, r.location, r.evidence, r.text_hash,
      count(*) over same as occurrences,
      max(array_position(${ascending}, r.severity)) over same as severity_position,
      max(r.cvss) over same as cvss,
      max(r.epss) over same as epss
    from scan_rows_in_tenant r
    where r.scan_id = ${scan.id}
    window same as (partition by r.asset_key, r.identity)
    order by r.asset_key, r.identity, r.ordinal`);

  // A rule's texts travel with the first staged row that has them (see stagingRows.ts).
  await tx.execute(sql`
    insert into finding_texts (tenant_id, hash, description, solution)
    select distinct on (s.text_hash) ${tenantId}::uuid, s.text_hash, s.description, s.solution
    from scan_rows_in_tenant s
    where s.scan_id = ${scan.id} and s.text_hash is not null and (s.description is not null or s.solution is not null)
      and s.text_hash in (select text_hash from scan_report)
    order by s.text_hash, s.ordinal
    on conflict do nothing`);

  await tx.execute(sql`create temp table scan_assets (id uuid not null, key text not null) on commit drop`);
  await tx.execute(sql`
    with upserted as (
      insert into assets as a (tenant_id, kind, key, ip, fqdn, first_seen_at, last_seen_at)
      select distinct on (asset_key) ${tenantId}::uuid, asset_kind, asset_key, asset_ip, asset_fqdn, ${now}::timestamptz, ${now}::timestamptz
      from scan_report
      order by asset_key, asset_ip is null, asset_fqdn is null, ordinal
      on conflict (tenant_id, key) do update
        set last_seen_at = excluded.last_seen_at, ip = coalesce(excluded.ip, a.ip), fqdn = coalesce(excluded.fqdn, a.fqdn)
      returning a.id, a.key
    )
    insert into scan_assets select id, key from upserted`);

  // Which finding of the scope each merged row is, if any, and its status before this import.
  await tx.execute(sql`
    create temp table scan_matches on commit drop as
    select r.ordinal, a.id as asset_id, f.id as finding_id, f.status as previous_status
    from scan_report r
    join scan_assets a on a.key = r.asset_key
    left join findings f on f.tenant_id = ${tenantId} and f.scope_id = ${scan.scopeId} and f.asset_id = a.id and f.identity = r.identity`);
  await tx.execute(sql`analyze scan_matches`);

  const [counts] = await rawRows<Omit<ReportMergeCounts, 'closed' | 'severities'> & Record<FindingSeverity, number>>(
    tx,
    sql`
    select (select count(*)::int from scan_assets) as assets,
           count(*)::int as total,
           count(*) filter (where m.finding_id is null)::int as new,
           count(*) filter (where m.previous_status = 'resolved')::int as reopened,
           count(*) filter (where m.finding_id is not null and m.previous_status <> 'resolved')::int as unchanged,
           ${sql.join(
             findingSeverities.map((name) => sql`count(*) filter (where r.severity_position = array_position(${ascending}, ${name}))::int as ${sql.identifier(name)}`),
             sql`, `,
           )}
    from scan_matches m join scan_report r on r.ordinal = m.ordinal`,
  );

  const severity = sql`(${ascending})[r.severity_position]`;
  const cvss = sql`case when r.cvss between 0 and 10 then r.cvss end`;

  if (counts.new > 0) {
    await tx.execute(sql`
    insert into findings (tenant_id, scope_id, asset_id, identity, rule_id, title, severity, cvss, cves, epss, port, protocol, location,
                          evidence, text_hash, occurrences, first_seen_at, last_seen_at, first_scan_id, last_scan_id)
    select ${tenantId}::uuid, ${scan.scopeId}::uuid, m.asset_id, r.identity, r.rule_id, r.title, ${severity}, ${cvss}, r.cves, r.epss, r.port, r.protocol, r.location,
           r.evidence, r.text_hash, r.occurrences, ${now}::timestamptz, ${now}::timestamptz, ${scan.id}::uuid, ${scan.id}::uuid
    from scan_matches m join scan_report r on r.ordinal = m.ordinal
    where m.finding_id is null
    -- In the order of the identity index: its pages fill one after another instead of at random.
    order by m.asset_id, r.identity`);
  }

  if (counts.total > counts.new) {
    await tx.execute(sql`
    update findings f set
      rule_id = r.rule_id, title = r.title, severity = ${severity}, cvss = ${cvss}, cves = r.cves, epss = r.epss,
      port = r.port, protocol = r.protocol, location = r.location, text_hash = r.text_hash,
      -- A long evidence text lives out of line (TOAST): keeping the stored value when it is
      -- unchanged keeps its pointer instead of writing it again.
      evidence = case when f.evidence is not distinct from r.evidence then f.evidence else r.evidence end,
      occurrences = r.occurrences, last_seen_at = ${now}::timestamptz, last_scan_id = ${scan.id}::uuid,
      status = case when f.status = 'resolved' then 'open' else f.status end,
      closed_at = case when f.status = 'resolved' then null else f.closed_at end,
      version = case when f.status = 'resolved' then f.version + 1 else f.version end
    from scan_matches m join scan_report r on r.ordinal = m.ordinal
    where f.id = m.finding_id and f.tenant_id = ${tenantId}`);
  }

  if (counts.reopened > 0) {
    await tx.execute(sql`
    insert into finding_events (tenant_id, finding_id, at, from_status, to_status, scan_id)
    select ${tenantId}::uuid, finding_id, ${now}::timestamptz, 'resolved', 'open', ${scan.id}::uuid
    from scan_matches where previous_status = 'resolved'`);
  }

  const [{ closed }] = await rawRows<{ closed: number }>(
    tx,
    sql`
    with gone as (
      select id, status from findings
      where tenant_id = ${tenantId} and scope_id = ${scan.scopeId} and status in ('open', 'in_progress') and last_scan_id is distinct from ${scan.id}
    ), resolved as (
      update findings f set status = 'resolved', closed_at = ${now}::timestamptz, version = f.version + 1
      from gone where f.id = gone.id
    ), recorded as (
      insert into finding_events (tenant_id, finding_id, at, from_status, to_status, scan_id)
      select ${tenantId}::uuid, id, ${now}::timestamptz, status, 'resolved', ${scan.id}::uuid from gone
      returning 1
    )
    select count(*)::int as closed from recorded`,
  );

  await tx.execute(sql`delete from scan_rows_in_tenant where scan_id = ${scan.id}`);
  const severities = Object.fromEntries(findingSeverities.map((name) => [name, counts[name]])) as Record<FindingSeverity, number>;
  return { assets: counts.assets, total: counts.total, new: counts.new, reopened: counts.reopened, unchanged: counts.unchanged, closed, severities };
}
