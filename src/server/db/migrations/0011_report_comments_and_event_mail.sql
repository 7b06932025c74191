CREATE TABLE "report_comments" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"author_organisation_id" uuid NOT NULL,
	"author_side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_comments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "report_comments_kind_check" CHECK (kind IN ('comment', 'explanation_request', 'return')),
	CONSTRAINT "report_comments_side_check" CHECK (author_side IN ('unit', 'reviewer'))
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_plan_fkey" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_organisation_fkey" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_author_fkey" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_comments" ADD CONSTRAINT "report_comments_author_organisation_fkey" FOREIGN KEY ("tenant_id","author_organisation_id") REFERENCES "public"."organisations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_comments_report_idx" ON "report_comments" USING btree ("tenant_id","plan_id","period_key","organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("tenant_id","created_at") WHERE email_pending;--> statement-breakpoint
-- Trao đổi về báo cáo: the return comments written before the thread existed become its first comments.
INSERT INTO "report_comments" ("tenant_id", "plan_id", "period_key", "organisation_id", "kind", "body", "author_id", "author_organisation_id", "author_side", "created_at")
SELECT s."tenant_id", s."plan_id", s."period_key", s."organisation_id", 'return', s."return_comment", s."reviewed_by", u."home_organisation_id", 'reviewer', COALESCE(s."reviewed_at", s."updated_at")
FROM "report_submissions" s
JOIN "users" u ON u."tenant_id" = s."tenant_id" AND u."id" = s."reviewed_by"
WHERE s."return_comment" <> '';
