CREATE TABLE "assessment_entries" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"node_code" text NOT NULL,
	"self_input" jsonb,
	"self_score" numeric(9, 4),
	"not_applicable" boolean DEFAULT false NOT NULL,
	"self_explanation" text DEFAULT '' NOT NULL,
	"appraised_score_1" numeric(9, 4),
	"appraisal_comment_1" text DEFAULT '' NOT NULL,
	"appraised_by_1" uuid,
	"appraised_at_1" timestamp with time zone,
	"explanation_request" text DEFAULT '' NOT NULL,
	"explanation_requested_by" uuid,
	"explanation" text DEFAULT '' NOT NULL,
	"explained_at" timestamp with time zone,
	"appraised_score_2" numeric(9, 4),
	"appraisal_comment_2" text DEFAULT '' NOT NULL,
	"appraised_by_2" uuid,
	"appraised_at_2" timestamp with time zone,
	"survey_score" numeric(9, 4),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_entries_tenant_id_round_id_organisation_id_node_code_pk" PRIMARY KEY("tenant_id","round_id","organisation_id","node_code")
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"node_code" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"sha256" text,
	"storage_key" text,
	"document" jsonb,
	"source_task_id" uuid,
	"source_submission_id" uuid,
	"source_evidence_file_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_evidence_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_rounds" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"appraisal_stage" integer DEFAULT 1 NOT NULL,
	"self_opens_on" date,
	"self_closes_on" date,
	"appraisal_opens_on" date,
	"appraisal_closes_on" date,
	"explanation_opens_on" date,
	"explanation_closes_on" date,
	"signed_off_at" timestamp with time zone,
	"signed_off_by" uuid,
	"finalised_at" timestamp with time zone,
	"finalised_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"publication" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_rounds_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "assessment_rounds_framework_key" UNIQUE("tenant_id","framework_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_units" (
	"tenant_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"exempt_node_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"exemption_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"appraisal_1_done_at" timestamp with time zone,
	"appraisal_1_done_by" uuid,
	"appraisal_2_done_at" timestamp with time zone,
	"appraisal_2_done_by" uuid,
	"difficulties" text DEFAULT '' NOT NULL,
	"recommendations" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_units_tenant_id_round_id_organisation_id_pk" PRIMARY KEY("tenant_id","round_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "assessment_entries" ADD CONSTRAINT "assessment_entries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_entries" ADD CONSTRAINT "assessment_entries_unit_fkey" FOREIGN KEY ("tenant_id","round_id","organisation_id") REFERENCES "public"."assessment_units"("tenant_id","round_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_unit_fkey" FOREIGN KEY ("tenant_id","round_id","organisation_id") REFERENCES "public"."assessment_units"("tenant_id","round_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_task_fkey" FOREIGN KEY ("tenant_id","source_task_id") REFERENCES "public"."plan_tasks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_report_file_fkey" FOREIGN KEY ("tenant_id","source_evidence_file_id") REFERENCES "public"."evidence_files"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_framework_fkey" FOREIGN KEY ("tenant_id","framework_id") REFERENCES "public"."frameworks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_owner_organisation_fkey" FOREIGN KEY ("tenant_id","owner_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_units" ADD CONSTRAINT "assessment_units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_units" ADD CONSTRAINT "assessment_units_round_fkey" FOREIGN KEY ("tenant_id","round_id") REFERENCES "public"."assessment_rounds"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_units" ADD CONSTRAINT "assessment_units_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_evidence_node_idx" ON "assessment_evidence" USING btree ("tenant_id","round_id","organisation_id","node_code");--> statement-breakpoint
CREATE INDEX "assessment_rounds_year_idx" ON "assessment_rounds" USING btree ("tenant_id","year");--> statement-breakpoint
CREATE INDEX "assessment_units_organisation_idx" ON "assessment_units" USING btree ("tenant_id","organisation_id");