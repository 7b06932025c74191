-- Dossier imports (nhập hồ sơ TTHC): one job per uploaded export, the column mapping saved per
-- source system, and a staging table the pipeline COPYs valid rows into before the one-transaction
-- upsert into "dossiers". tenant_id leads every key (Citus distribution column).
CREATE TABLE "dossier_import_jobs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	-- Bytes of the uploaded file (for the ETA: rows read are estimated against bytes).
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	-- Where the upload lies on disk until the job has run (deleted afterwards).
	"file_path" text,
	"rows_read" bigint DEFAULT 0 NOT NULL,
	"rows_valid" bigint DEFAULT 0 NOT NULL,
	"rows_rejected" bigint DEFAULT 0 NOT NULL,
	"rows_inserted" bigint DEFAULT 0 NOT NULL,
	"rows_updated" bigint DEFAULT 0 NOT NULL,
	"rows_unchanged" bigint DEFAULT 0 NOT NULL,
	-- The first 1,000 row errors by line: [{line, code, column?, message}].
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	-- Rejected rows per error code, all of them: {"unknown_unit": 12, …}.
	"error_counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	-- Why the whole job failed (unreadable file, missing columns, all_or_nothing with errors).
	"failure" text,
	"mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_import_jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "dossier_import_jobs_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id"),
	CONSTRAINT "dossier_import_jobs_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id"),
	CONSTRAINT "dossier_import_jobs_format_check" CHECK ("format" IN ('csv','xlsx')),
	CONSTRAINT "dossier_import_jobs_mode_check" CHECK ("mode" IN ('all_or_nothing','valid_rows')),
	CONSTRAINT "dossier_import_jobs_status_check" CHECK ("status" IN ('queued','running','succeeded','failed','cancelled'))
);
--> statement-breakpoint
CREATE INDEX "dossier_import_jobs_created_idx" ON "dossier_import_jobs" ("tenant_id","created_at");
--> statement-breakpoint
-- Ánh xạ cột per source system: saved after a successful import, proposed for the next one.
CREATE TABLE "dossier_source_mappings" (
	"tenant_id" uuid NOT NULL,
	"source" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_source_mappings_tenant_id_source_pk" PRIMARY KEY("tenant_id","source"),
	CONSTRAINT "dossier_source_mappings_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id")
);
--> statement-breakpoint
-- Staging: the valid rows of one job, as COPY writes them. UNLOGGED (no WAL: a crash empties it,
-- which is what a killed job's staging should become anyway); deleted at the end of every job.
CREATE UNLOGGED TABLE "dossier_import_rows" (
	"tenant_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"line" bigint NOT NULL,
	"received_year" smallint NOT NULL,
	"code" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"procedure_code" text NOT NULL,
	"procedure_name" text NOT NULL,
	"field" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"promised_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"online_level" text,
	"paid_online" boolean NOT NULL,
	"has_fee" boolean NOT NULL,
	"supplement_requests" smallint NOT NULL,
	"paused_days" integer NOT NULL,
	"digitised_file" boolean NOT NULL,
	"digitised_result" boolean NOT NULL,
	"electronic_result" boolean NOT NULL,
	"satisfaction" smallint,
	"complaint" boolean NOT NULL,
	"counters" integer NOT NULL,
	CONSTRAINT "dossier_import_rows_tenant_id_job_id_line_pk" PRIMARY KEY("tenant_id","job_id","line")
);
