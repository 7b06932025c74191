CREATE TABLE "report_request_units" (
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "report_request_units_tenant_id_request_id_organisation_id_pk" PRIMARY KEY("tenant_id","request_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "report_requests" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"data_from" date,
	"data_to" date,
	"due_on" date NOT NULL,
	"requested_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_requests_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "report_submissions" ADD COLUMN "answer" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "report_request_units" ADD CONSTRAINT "report_request_units_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_request_units" ADD CONSTRAINT "report_request_units_request_fkey" FOREIGN KEY ("tenant_id","request_id") REFERENCES "public"."report_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_request_units" ADD CONSTRAINT "report_request_units_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_requests" ADD CONSTRAINT "report_requests_plan_fkey" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_request_units_organisation_idx" ON "report_request_units" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE INDEX "report_requests_plan_idx" ON "report_requests" USING btree ("tenant_id","plan_id");