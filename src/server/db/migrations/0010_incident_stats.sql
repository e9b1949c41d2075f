CREATE INDEX "incidents_stats_severity" ON "incidents" USING btree ("tenant_id","severity","aware_at");--> statement-breakpoint
CREATE INDEX "incidents_stats_type" ON "incidents" USING btree ("tenant_id","rsit_type","aware_at");--> statement-breakpoint
CREATE INDEX "incidents_stats_cause" ON "incidents" USING btree ("tenant_id","cause","aware_at");--> statement-breakpoint
CREATE INDEX "incidents_stats_unit" ON "incidents" USING btree ("tenant_id","org_unit_id","aware_at");--> statement-breakpoint
CREATE INDEX "incidents_stats_unit_columns" ON "incidents" USING btree ("tenant_id","org_unit_id","aware_at","severity","rsit_type","cause","categories");--> statement-breakpoint
CREATE INDEX "incidents_stats_times" ON "incidents" USING btree ("tenant_id","aware_at","org_unit_id","occurred_at","detected_at","resolved_at","closed_at","id");