CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"ip" text,
	"fqdn" text,
	"system_id" uuid,
	"object_id" uuid,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"finding_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"scan_id" uuid,
	"person_id" uuid,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "finding_texts" (
	"tenant_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"description" text,
	"solution" text,
	CONSTRAINT "finding_texts_tenant_id_hash_pk" PRIMARY KEY("tenant_id","hash")
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"scope_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"identity" text NOT NULL,
	"rule_id" text NOT NULL,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"severity_rank" smallint GENERATED ALWAYS AS (case severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 when 'low' then 1 else 0 end) STORED NOT NULL,
	"cvss" numeric(3, 1),
	"cves" text[] DEFAULT '{}'::text[] NOT NULL,
	"epss" real,
	"port" text,
	"protocol" text,
	"location" text,
	"evidence" text,
	"text_hash" text,
	"status" text DEFAULT 'open' NOT NULL,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"first_scan_id" uuid,
	"last_scan_id" uuid,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kev_catalogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalog_version" text NOT NULL,
	"date_released" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kev_entries" (
	"cve_id" text PRIMARY KEY NOT NULL,
	"vendor_project" text NOT NULL,
	"product" text NOT NULL,
	"vulnerability_name" text NOT NULL,
	"date_added" date NOT NULL,
	"short_description" text,
	"required_action" text,
	"due_date" date,
	"known_ransomware_use" boolean DEFAULT false NOT NULL,
	"notes" text,
	"cwes" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scan_rows" (
	"scan_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"asset_kind" text NOT NULL,
	"asset_key" text NOT NULL,
	"asset_ip" text,
	"asset_fqdn" text,
	"identity" text NOT NULL,
	"rule_id" text NOT NULL,
	"title" text NOT NULL,
	"severity" text NOT NULL,
	"cvss" double precision,
	"cves" text[] NOT NULL,
	"epss" double precision,
	"port" text,
	"protocol" text,
	"location" text,
	"evidence" text,
	"text_hash" text,
	"description" text,
	"solution" text
);
--> statement-breakpoint
CREATE TABLE "scan_scopes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"scope_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_size" bigint NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"assets" integer DEFAULT 0 NOT NULL,
	"findings_total" integer DEFAULT 0 NOT NULL,
	"findings_new" integer DEFAULT 0 NOT NULL,
	"findings_reopened" integer DEFAULT 0 NOT NULL,
	"findings_unchanged" integer DEFAULT 0 NOT NULL,
	"findings_closed" integer DEFAULT 0 NOT NULL,
	"severity_critical" integer DEFAULT 0 NOT NULL,
	"severity_high" integer DEFAULT 0 NOT NULL,
	"severity_medium" integer DEFAULT 0 NOT NULL,
	"severity_low" integer DEFAULT 0 NOT NULL,
	"severity_info" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_events" ADD CONSTRAINT "finding_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_events" ADD CONSTRAINT "finding_events_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_events" ADD CONSTRAINT "finding_events_scan_id_scans_id_fk" FOREIGN KEY ("scan_id") REFERENCES "public"."scans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_events" ADD CONSTRAINT "finding_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_texts" ADD CONSTRAINT "finding_texts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_scopes" ADD CONSTRAINT "scan_scopes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scans" ADD CONSTRAINT "scans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scans" ADD CONSTRAINT "scans_scope_id_scan_scopes_id_fk" FOREIGN KEY ("scope_id") REFERENCES "public"."scan_scopes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scans" ADD CONSTRAINT "scans_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assets_tenant_key" ON "assets" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE INDEX "assets_system" ON "assets" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "assets_object" ON "assets" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "finding_events_finding" ON "finding_events" USING btree ("finding_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_identity" ON "findings" USING btree ("tenant_id","scope_id","asset_id","identity");--> statement-breakpoint
CREATE INDEX "findings_tenant_status_severity" ON "findings" USING btree ("tenant_id","status","severity_rank");--> statement-breakpoint
CREATE INDEX "findings_asset" ON "findings" USING btree ("asset_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scan_scopes_tenant_name" ON "scan_scopes" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "scans_tenant_created" ON "scans" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "scans_scope_created" ON "scans" USING btree ("scope_id","created_at");