CREATE TABLE "frameworks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"index_kind" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"unit_types" text[] NOT NULL,
	"decision" jsonb,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text,
	"description" text,
	"scale" jsonb NOT NULL,
	"grade_bands" jsonb,
	"template_key" text,
	"copied_from_id" uuid,
	"code_mapping" jsonb,
	"nodes" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "frameworks_tenant_code_key" UNIQUE("tenant_id","code")
);
--> statement-breakpoint
CREATE TABLE "unit_result_nodes" (
	"tenant_id" uuid NOT NULL,
	"result_id" uuid NOT NULL,
	"node_code" text NOT NULL,
	"self_score" numeric(9, 4),
	"appraised_score" numeric(9, 4),
	"appraised_score_2" numeric(9, 4),
	"survey_score" numeric(9, 4),
	"not_applicable" boolean DEFAULT false NOT NULL,
	"note" text,
	CONSTRAINT "unit_result_nodes_tenant_id_result_id_node_code_pk" PRIMARY KEY("tenant_id","result_id","node_code")
);
--> statement-breakpoint
CREATE TABLE "unit_results" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"framework_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" jsonb,
	"given_totals" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_results_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "unit_results_framework_organisation_key" UNIQUE("tenant_id","framework_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_owner_organisation_fkey" FOREIGN KEY ("tenant_id","owner_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_copied_from_fkey" FOREIGN KEY ("tenant_id","copied_from_id") REFERENCES "public"."frameworks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_result_nodes" ADD CONSTRAINT "unit_result_nodes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_result_nodes" ADD CONSTRAINT "unit_result_nodes_result_fkey" FOREIGN KEY ("tenant_id","result_id") REFERENCES "public"."unit_results"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_framework_fkey" FOREIGN KEY ("tenant_id","framework_id") REFERENCES "public"."frameworks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_results" ADD CONSTRAINT "unit_results_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "frameworks_kind_year_idx" ON "frameworks" USING btree ("tenant_id","index_kind","year");--> statement-breakpoint
CREATE INDEX "unit_results_organisation_idx" ON "unit_results" USING btree ("tenant_id","organisation_id","year");