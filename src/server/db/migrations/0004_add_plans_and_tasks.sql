CREATE TABLE "plan_task_coordinators" (
	"tenant_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "plan_task_coordinators_tenant_id_task_id_organisation_id_pk" PRIMARY KEY("tenant_id","task_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "plan_tasks" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_task_id" uuid,
	"position" integer NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"content" text NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"node_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_organisation_id" uuid,
	"lead_suggestion" text DEFAULT '' NOT NULL,
	"coordinating_note" text DEFAULT '' NOT NULL,
	"output_kind" text NOT NULL,
	"output_description" text DEFAULT '' NOT NULL,
	"timeframe_text" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_tasks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"implements_plan_id" uuid,
	"amends_plan_id" uuid,
	"source_framework_id" uuid,
	"created_by" uuid,
	"issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "plan_task_coordinators" ADD CONSTRAINT "plan_task_coordinators_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_coordinators" ADD CONSTRAINT "plan_task_coordinators_task_fkey" FOREIGN KEY ("tenant_id","task_id") REFERENCES "public"."plan_tasks"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task_coordinators" ADD CONSTRAINT "plan_task_coordinators_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_plan_fkey" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_lead_organisation_fkey" FOREIGN KEY ("tenant_id","lead_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD CONSTRAINT "plan_tasks_parent_task_fkey" FOREIGN KEY ("tenant_id","parent_task_id") REFERENCES "public"."plan_tasks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_implements_plan_fkey" FOREIGN KEY ("tenant_id","implements_plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_amends_plan_fkey" FOREIGN KEY ("tenant_id","amends_plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_source_framework_fkey" FOREIGN KEY ("tenant_id","source_framework_id") REFERENCES "public"."frameworks"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_task_coordinators_organisation_idx" ON "plan_task_coordinators" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_plan_idx" ON "plan_tasks" USING btree ("tenant_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_tasks_lead_idx" ON "plan_tasks" USING btree ("tenant_id","lead_organisation_id");--> statement-breakpoint
CREATE INDEX "plan_tasks_parent_task_idx" ON "plan_tasks" USING btree ("tenant_id","parent_task_id");--> statement-breakpoint
CREATE INDEX "plans_organisation_year_idx" ON "plans" USING btree ("tenant_id","organisation_id","year");