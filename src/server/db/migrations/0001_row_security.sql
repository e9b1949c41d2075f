-- Requests run as varn_app, a role that owns nothing, so row-level security applies to
-- them even when the connecting user owns the tables. varn_maintenance is for the
-- owner's own maintenance work (migrations, login lookups, audit verification).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'varn_app') THEN
    CREATE ROLE varn_app NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'varn_maintenance') THEN
    CREATE ROLE varn_maintenance NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT varn_app TO CURRENT_USER;
--> statement-breakpoint
GRANT varn_maintenance TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO varn_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, org_units, people, role_assignments, accounts, sessions, api_tokens TO varn_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO varn_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_id_seq TO varn_app;
--> statement-breakpoint
CREATE FUNCTION varn_current_tenant() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('varn.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['tenants', 'org_units', 'people', 'role_assignments', 'accounts', 'sessions', 'api_tokens', 'audit_events']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO varn_app USING (tenant_id = varn_current_tenant()) WITH CHECK (tenant_id = varn_current_tenant())', table_name);
    EXECUTE format('CREATE POLICY maintenance ON %I TO varn_maintenance USING (true) WITH CHECK (true)', table_name);
  END LOOP;
END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
