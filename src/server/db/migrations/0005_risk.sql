CREATE TABLE "risk_acceptances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"level" text NOT NULL,
	"rung" text NOT NULL,
	"reason" text NOT NULL,
	"expires_at" date NOT NULL,
	"status" text NOT NULL,
	"signatures" jsonb NOT NULL,
	"completed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"object_id" uuid,
	"system_id" uuid,
	"process_name" text,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"risk_owner_id" uuid,
	"lead_id" uuid,
	"participant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"analysis_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"next_due_date" date,
	"review_trigger" text,
	"review_requested_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_level_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"risk_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"level" text NOT NULL,
	"residual_level" text,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"analysis_id" uuid NOT NULL,
	"threat_code" text,
	"title" text NOT NULL,
	"cause" text NOT NULL,
	"event" text NOT NULL,
	"consequence" text NOT NULL,
	"threat_origin" text NOT NULL,
	"aspects" text[] DEFAULT '{}'::text[] NOT NULL,
	"likelihood" smallint NOT NULL,
	"impact" smallint NOT NULL,
	"score" smallint NOT NULL,
	"level" text NOT NULL,
	"treatment" text,
	"treatment_rationale" text,
	"residual_likelihood" smallint,
	"residual_impact" smallint,
	"residual_score" smallint,
	"residual_level" text,
	"status" text DEFAULT 'open' NOT NULL,
	"accepted_until" date,
	"source_action_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "actions" ALTER COLUMN "object_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "risk_matrix" jsonb;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "risk_acceptance_rules" jsonb;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "risk_analysis_interval_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "acceptance_reminder_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "risk_id" uuid;--> statement-breakpoint
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_acceptances" ADD CONSTRAINT "risk_acceptances_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_risk_owner_id_people_id_fk" FOREIGN KEY ("risk_owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_lead_id_people_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_level_history" ADD CONSTRAINT "risk_level_history_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_level_history" ADD CONSTRAINT "risk_level_history_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_analysis_id_risk_analyses_id_fk" FOREIGN KEY ("analysis_id") REFERENCES "public"."risk_analyses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_acceptances_risk" ON "risk_acceptances" USING btree ("risk_id");--> statement-breakpoint
CREATE INDEX "risk_acceptances_tenant_expiry" ON "risk_acceptances" USING btree ("tenant_id","status","expires_at");--> statement-breakpoint
CREATE INDEX "risk_analyses_tenant_unit" ON "risk_analyses" USING btree ("tenant_id","org_unit_id");--> statement-breakpoint
CREATE INDEX "risk_analyses_object" ON "risk_analyses" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "risk_level_history_tenant_time" ON "risk_level_history" USING btree ("tenant_id","recorded_at");--> statement-breakpoint
CREATE INDEX "risk_level_history_risk" ON "risk_level_history" USING btree ("risk_id","recorded_at");--> statement-breakpoint
CREATE INDEX "risks_analysis" ON "risks" USING btree ("analysis_id");--> statement-breakpoint
CREATE INDEX "risks_tenant_level" ON "risks" USING btree ("tenant_id","level","created_at");--> statement-breakpoint
CREATE INDEX "risks_tenant_status" ON "risks" USING btree ("tenant_id","status");--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_risk" ON "actions" USING btree ("risk_id");