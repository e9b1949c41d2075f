-- Trigram indexes for the register's free-text search (pg_trgm is a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "risks_tenant_status";--> statement-breakpoint
CREATE INDEX "risks_tenant_score_order" ON "risks" USING btree ("tenant_id","score" DESC NULLS FIRST,"updated_at" DESC NULLS FIRST,"id") INCLUDE ("status");--> statement-breakpoint
CREATE INDEX "risks_tenant_status_cells" ON "risks" USING btree ("tenant_id","status","likelihood","impact");--> statement-breakpoint
CREATE INDEX "risks_tenant_status_residual_cells" ON "risks" USING btree ("tenant_id","status","residual_likelihood","residual_impact");--> statement-breakpoint
CREATE INDEX "risks_title_trgm" ON "risks" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "risks_event_trgm" ON "risks" USING gin ("event" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "risks_cause_trgm" ON "risks" USING gin ("cause" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "risks_consequence_trgm" ON "risks" USING gin ("consequence" gin_trgm_ops);--> statement-breakpoint
-- Under row-level security PostgreSQL may use an index only for leakproof operators, and
-- ILIKE is not one, so requests (as varn_app) could never use the trigram indexes. This
-- function runs as the tables' owner, whose policy (maintenance) does not block them, and
-- returns only the current tenant's ids; the register still reads `risks` as varn_app. The
-- query is planned with the pattern known (EXECUTE), so a pattern without trigrams scans.
CREATE FUNCTION varn_risks_matching(pattern text) RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
  RETURN QUERY EXECUTE
    'SELECT id FROM risks WHERE tenant_id = varn_current_tenant()
       AND (title ILIKE $1 OR event ILIKE $1 OR cause ILIKE $1 OR consequence ILIKE $1)'
    USING pattern;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION varn_risks_matching(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION varn_risks_matching(text) TO varn_app;
