-- The register, classification, action and engagement tables get the same two walls as the
-- foundation's: varn_app sees only the current tenant, varn_maintenance sees all.
GRANT SELECT, INSERT, UPDATE, DELETE ON objects, systems, system_integrations, information_types, information_sets, information_set_systems, classifications, requirements, actions, notifications, support_surveys, support_survey_recipients TO varn_app;
--> statement-breakpoint
DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['objects', 'systems', 'system_integrations', 'information_types', 'information_sets', 'information_set_systems', 'classifications', 'requirements', 'actions', 'notifications', 'support_surveys', 'support_survey_recipients']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO varn_app USING (tenant_id = varn_current_tenant()) WITH CHECK (tenant_id = varn_current_tenant())', table_name);
    EXECUTE format('CREATE POLICY maintenance ON %I TO varn_maintenance USING (true) WITH CHECK (true)', table_name);
  END LOOP;
END
$$;
