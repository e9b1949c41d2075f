-- Incident statistics over a million incidents cannot be counted row by row in 200 ms, so the
-- whole Stockholm months are kept counted: per unit, month and key (counts, and the legal
-- reports), and per unit (or the whole tenant), month and duration bucket (times). Triggers keep them exact on every
-- insert, update and delete; the statistics read them for whole months and count only the
-- partial months at the ends of a range from the incidents themselves.
CREATE TABLE incident_stat_counts (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  org_unit_id uuid NOT NULL,
  month timestamptz NOT NULL,
  grouping text NOT NULL,
  key text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (tenant_id, grouping, month, org_unit_id, key)
);
--> statement-breakpoint
CREATE INDEX incident_stat_counts_unit ON incident_stat_counts (tenant_id, org_unit_id, grouping, month);
--> statement-breakpoint
CREATE TABLE incident_stat_unit_durations (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  org_unit_id uuid NOT NULL,
  month timestamptz NOT NULL,
  measure text NOT NULL,
  bucket smallint NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (tenant_id, org_unit_id, month, measure, bucket)
);
--> statement-breakpoint
CREATE TABLE incident_stat_durations (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  month timestamptz NOT NULL,
  measure text NOT NULL,
  bucket smallint NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (tenant_id, month, measure, bucket)
);
--> statement-breakpoint
-- A duration's bucket: under a minute is 0, then buckets 4 % wide (bucket b holds 1.04^(b-1) up
-- to 1.04^b minutes), so a percentile read from them is within 2 % of the exact one.
CREATE FUNCTION varn_duration_bucket(hours double precision) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN hours * 60 < 1 THEN 0 ELSE 1 + floor(ln(hours * 60) / ln(1.04)) END::smallint $$;
--> statement-breakpoint
-- A legal report that counts in the share made on time (alias `l`, key alias `k`): not waived,
-- with a due time ('counted', submitted or not); 'on_time' when submitted at or before it.
-- Whether a missing report is due yet depends on the clock, so the statistics subtract the
-- few missing ones not due yet, which the open-report index finds.
CREATE FUNCTION varn_counted_report_condition() RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'NOT l.waived AND l.due_at IS NOT NULL AND (k.key = ''counted'' OR l.submitted_at <= l.due_at)' $$;
--> statement-breakpoint
-- The statements that add the incidents of `rows_sql` (a query over incidents' columns plus a
-- `sign` of +1 or -1) to the counts. The trigger runs them over its transition tables (which
-- only the trigger function itself can read), and the backfill below over every incident.
CREATE FUNCTION varn_incident_stats_statements(rows_sql text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE
  AS $fn$
BEGIN
  RETURN ARRAY[format($q$
    INSERT INTO incident_stat_counts (tenant_id, org_unit_id, month, grouping, key, n)
    SELECT d.tenant_id, d.org_unit_id, date_trunc('month', d.aware_at, 'Europe/Stockholm'), g.grouping, g.key, sum(d.sign)
    FROM (%s) d
    CROSS JOIN LATERAL (
      VALUES ('severity', coalesce(d.severity::text, 'none')), ('type', coalesce(d.rsit_type, 'none')), ('cause', coalesce(d.cause, 'none'))
      UNION ALL
      SELECT 'category', c FROM unnest(CASE WHEN cardinality(d.categories) = 0 THEN '{none}'::text[] ELSE d.categories END) c
    ) g(grouping, key)
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0
    ON CONFLICT (tenant_id, grouping, month, org_unit_id, key) DO UPDATE SET n = incident_stat_counts.n + excluded.n
  $q$, rows_sql),
  -- One pass over the rows feeds both duration tables: per unit, and summed for the whole tenant.
  format($q$
    WITH delta AS (
      SELECT d.tenant_id, d.org_unit_id, date_trunc('month', d.aware_at, 'Europe/Stockholm') AS month, m.measure, varn_duration_bucket(m.hours) AS bucket, sum(d.sign)::int AS n
      FROM (%s) d
      CROSS JOIN LATERAL (VALUES
        ('detect', date_part('epoch', d.detected_at - d.occurred_at) / 3600),
        ('resolve', date_part('epoch', d.resolved_at - d.aware_at) / 3600),
        ('close', date_part('epoch', d.closed_at - d.aware_at) / 3600)
      ) m(measure, hours)
      WHERE m.hours IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0
    ),
    per_unit AS (
      INSERT INTO incident_stat_unit_durations (tenant_id, org_unit_id, month, measure, bucket, n)
      SELECT * FROM delta
      ON CONFLICT (tenant_id, org_unit_id, month, measure, bucket) DO UPDATE SET n = incident_stat_unit_durations.n + excluded.n
    )
    INSERT INTO incident_stat_durations (tenant_id, month, measure, bucket, n)
    SELECT tenant_id, month, measure, bucket, sum(n) FROM delta GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
    ON CONFLICT (tenant_id, month, measure, bucket) DO UPDATE SET n = incident_stat_durations.n + excluded.n
  $q$, rows_sql),
  -- The legal reports move with their incident's unit and month.
  format($q$
    INSERT INTO incident_stat_counts (tenant_id, org_unit_id, month, grouping, key, n)
    SELECT d.tenant_id, d.org_unit_id, date_trunc('month', d.aware_at, 'Europe/Stockholm'), 'legal', k.key, sum(d.sign)
    FROM (%s) d JOIN incident_deadlines l ON l.incident_id = d.id AND l.tenant_id = d.tenant_id
    CROSS JOIN LATERAL (VALUES ('counted'), ('on_time')) k(key)
    WHERE %s
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.sign) <> 0
    ON CONFLICT (tenant_id, grouping, month, org_unit_id, key) DO UPDATE SET n = incident_stat_counts.n + excluded.n
  $q$, rows_sql, varn_counted_report_condition())];
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION varn_incident_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
DECLARE
  statement text;
BEGIN
  FOREACH statement IN ARRAY varn_incident_stats_statements(CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'UPDATE' THEN 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, -1 AS sign FROM old_rows' END)
  LOOP
    EXECUTE statement;
  END LOOP;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- A legal report submitted, corrected or withdrawn changes its incident's counts.
CREATE FUNCTION varn_incident_deadline_stats_trigger() RETURNS trigger
  LANGUAGE plpgsql
  AS $fn$
BEGIN
  EXECUTE format($q$
    INSERT INTO incident_stat_counts (tenant_id, org_unit_id, month, grouping, key, n)
    SELECT i.tenant_id, i.org_unit_id, date_trunc('month', i.aware_at, 'Europe/Stockholm'), 'legal', k.key, sum(l.sign)
    FROM (%s) l JOIN incidents i ON i.id = l.incident_id AND i.tenant_id = l.tenant_id
    CROSS JOIN LATERAL (VALUES ('counted'), ('on_time')) k(key)
    WHERE %s
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(l.sign) <> 0
    ON CONFLICT (tenant_id, grouping, month, org_unit_id, key) DO UPDATE SET n = incident_stat_counts.n + excluded.n
  $q$, CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT *, 1 AS sign FROM new_rows'
    WHEN 'UPDATE' THEN 'SELECT *, 1 AS sign FROM new_rows UNION ALL SELECT *, -1 AS sign FROM old_rows'
    ELSE 'SELECT *, -1 AS sign FROM old_rows' END, varn_counted_report_condition());
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER incident_deadline_stats_insert AFTER INSERT ON incident_deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_deadline_stats_trigger();
--> statement-breakpoint
CREATE TRIGGER incident_deadline_stats_update AFTER UPDATE ON incident_deadlines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_deadline_stats_trigger();
--> statement-breakpoint
CREATE TRIGGER incident_deadline_stats_delete AFTER DELETE ON incident_deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_deadline_stats_trigger();
--> statement-breakpoint
CREATE TRIGGER incident_stats_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_stats_trigger();
--> statement-breakpoint
CREATE TRIGGER incident_stats_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_stats_trigger();
--> statement-breakpoint
CREATE TRIGGER incident_stats_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION varn_incident_stats_trigger();
--> statement-breakpoint
DO $$
DECLARE
  statement text;
BEGIN
  FOREACH statement IN ARRAY varn_incident_stats_statements('SELECT *, 1 AS sign FROM incidents') LOOP
    EXECUTE statement;
  END LOOP;
END
$$;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON incident_stat_counts, incident_stat_unit_durations, incident_stat_durations TO varn_app;
--> statement-breakpoint
DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['incident_stat_counts', 'incident_stat_unit_durations', 'incident_stat_durations']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO varn_app USING (tenant_id = varn_current_tenant()) WITH CHECK (tenant_id = varn_current_tenant())', table_name);
    EXECUTE format('CREATE POLICY maintenance ON %I TO varn_maintenance USING (true) WITH CHECK (true)', table_name);
  END LOOP;
END
$$;
