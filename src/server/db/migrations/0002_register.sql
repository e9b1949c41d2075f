CREATE TABLE "information_set_systems" (
	"tenant_id" uuid NOT NULL,
	"information_set_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "information_set_systems_information_set_id_system_id_pk" PRIMARY KEY("information_set_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "information_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"object_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"information_type_id" uuid,
	"owner_id" uuid,
	"delegate_id" uuid,
	"legal_bases" text[] DEFAULT '{}'::text[] NOT NULL,
	"personal_data" boolean DEFAULT false NOT NULL,
	"special_categories" boolean DEFAULT false NOT NULL,
	"review_reason" text,
	"review_since" timestamp with time zone,
	"approved_classification_id" uuid,
	"approved_k" smallint,
	"approved_r" smallint,
	"approved_t" smallint,
	"approved_s" smallint,
	"approved_valid_until" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"k" smallint NOT NULL,
	"r" smallint NOT NULL,
	"t" smallint NOT NULL,
	"s" smallint NOT NULL,
	"reasons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"legal_bases" text[] DEFAULT '{}'::text[] NOT NULL,
	"personal_data" boolean DEFAULT false NOT NULL,
	"special_categories" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"critical" boolean DEFAULT false NOT NULL,
	"management_plan_url" text,
	"raised_k" smallint,
	"raised_r" smallint,
	"raised_t" smallint,
	"raised_s" smallint,
	"raise_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_integrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"target_system_id" uuid,
	"external_name" text,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"object_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"supplier" text DEFAULT '' NOT NULL,
	"hosting" text NOT NULL,
	"dependencies" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "classifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"information_set_id" uuid NOT NULL,
	"k" smallint NOT NULL,
	"r" smallint NOT NULL,
	"t" smallint NOT NULL,
	"s" smallint NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reasons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"handling_label" text NOT NULL,
	"status" text NOT NULL,
	"lowering_aspects" text[],
	"lowering_approved_by" uuid,
	"lowering_approved_at" timestamp with time zone,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"referral_note" text,
	"referral_handled_by" uuid,
	"referral_handled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"object_id" uuid NOT NULL,
	"source" text NOT NULL,
	"requirement_id" uuid,
	"title" text NOT NULL,
	"assessment" text,
	"implementation" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"due_date" date,
	"status" text DEFAULT 'not_started' NOT NULL,
	"applicable" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text,
	"description_sv" text DEFAULT '' NOT NULL,
	"description_en" text,
	"modality" text NOT NULL,
	"aspects" text[] NOT NULL,
	"min_level" smallint NOT NULL,
	"nis2" text[] DEFAULT '{}'::text[] NOT NULL,
	"gdpr" text[] DEFAULT '{}'::text[] NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "support_survey_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"answers" jsonb,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "support_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "role_assignments_unique";--> statement-breakpoint
ALTER TABLE "role_assignments" ADD COLUMN "object_id" uuid;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "classification_validity_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "information_set_systems" ADD CONSTRAINT "information_set_systems_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_set_systems" ADD CONSTRAINT "information_set_systems_information_set_id_information_sets_id_fk" FOREIGN KEY ("information_set_id") REFERENCES "public"."information_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_set_systems" ADD CONSTRAINT "information_set_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_sets" ADD CONSTRAINT "information_sets_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_sets" ADD CONSTRAINT "information_sets_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_sets" ADD CONSTRAINT "information_sets_information_type_id_information_types_id_fk" FOREIGN KEY ("information_type_id") REFERENCES "public"."information_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_sets" ADD CONSTRAINT "information_sets_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_sets" ADD CONSTRAINT "information_sets_delegate_id_people_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_types" ADD CONSTRAINT "information_types_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objects" ADD CONSTRAINT "objects_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_integrations" ADD CONSTRAINT "system_integrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_integrations" ADD CONSTRAINT "system_integrations_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_integrations" ADD CONSTRAINT "system_integrations_target_system_id_systems_id_fk" FOREIGN KEY ("target_system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_information_set_id_information_sets_id_fk" FOREIGN KEY ("information_set_id") REFERENCES "public"."information_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_lowering_approved_by_people_id_fk" FOREIGN KEY ("lowering_approved_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_referral_handled_by_people_id_fk" FOREIGN KEY ("referral_handled_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_survey_recipients" ADD CONSTRAINT "support_survey_recipients_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_survey_recipients" ADD CONSTRAINT "support_survey_recipients_survey_id_support_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."support_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_survey_recipients" ADD CONSTRAINT "support_survey_recipients_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_survey_recipients" ADD CONSTRAINT "support_survey_recipients_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_surveys" ADD CONSTRAINT "support_surveys_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_surveys" ADD CONSTRAINT "support_surveys_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "information_set_systems_system" ON "information_set_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "information_sets_object" ON "information_sets" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "information_sets_tenant" ON "information_sets" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "information_sets_owner" ON "information_sets" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "information_types_tenant_name" ON "information_types" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "objects_tenant_unit" ON "objects" USING btree ("tenant_id","org_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "objects_tenant_name" ON "objects" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE INDEX "system_integrations_system" ON "system_integrations" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "system_integrations_target" ON "system_integrations" USING btree ("target_system_id");--> statement-breakpoint
CREATE INDEX "systems_object" ON "systems" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "systems_tenant" ON "systems" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "classifications_set" ON "classifications" USING btree ("information_set_id","created_at");--> statement-breakpoint
CREATE INDEX "classifications_tenant_status" ON "classifications" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "actions_object" ON "actions" USING btree ("object_id");--> statement-breakpoint
CREATE INDEX "actions_tenant_due" ON "actions" USING btree ("tenant_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_object_requirement" ON "actions" USING btree ("object_id","requirement_id") WHERE "actions"."requirement_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "requirements_tenant_code" ON "requirements" USING btree ("tenant_id",lower("code"));--> statement-breakpoint
CREATE INDEX "notifications_person" ON "notifications" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "support_survey_recipients_survey" ON "support_survey_recipients" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "support_survey_recipients_person" ON "support_survey_recipients" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_object_id_objects_id_fk" FOREIGN KEY ("object_id") REFERENCES "public"."objects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "role_assignments_object" ON "role_assignments" USING btree ("object_id");--> statement-breakpoint
CREATE UNIQUE INDEX "role_assignments_unique" ON "role_assignments" USING btree ("tenant_id","person_id","role","scope_type",coalesce("org_unit_id", "object_id", '00000000-0000-0000-0000-000000000000'::uuid));