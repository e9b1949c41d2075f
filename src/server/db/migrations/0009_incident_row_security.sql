-- The incident tables get the same two walls as the others: varn_app sees only the current
-- tenant, varn_maintenance sees all.
GRANT SELECT, INSERT, UPDATE, DELETE ON incidents, incident_events, incident_tasks, incident_attachments, incident_deadlines TO varn_app;
--> statement-breakpoint
DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['incidents', 'incident_events', 'incident_tasks', 'incident_attachments', 'incident_deadlines']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', table_name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', table_name);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO varn_app USING (tenant_id = varn_current_tenant()) WITH CHECK (tenant_id = varn_current_tenant())', table_name);
    EXECUTE format('CREATE POLICY maintenance ON %I TO varn_maintenance USING (true) WITH CHECK (true)', table_name);
  END LOOP;
END
$$;
