CREATE TABLE "login_failures" (
	"login" text NOT NULL,
	"source" text NOT NULL,
	"count" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_failures_login_source_pk" PRIMARY KEY("login","source")
);
--> statement-breakpoint
-- A login is unique per province now (users_tenant_login_key already says so for users); the
-- primary key 0000 gave the column is PostgreSQL's default name.
ALTER TABLE "login_directory" DROP CONSTRAINT "login_directory_pkey";--> statement-breakpoint
ALTER TABLE "login_directory" ADD CONSTRAINT "login_directory_login_tenant_id_pk" PRIMARY KEY("login","tenant_id");--> statement-breakpoint
CREATE INDEX "login_failures_last_failure_idx" ON "login_failures" USING btree ("last_failure_at");--> statement-breakpoint
-- The per-account lock is replaced by login_failures (per login and source); a lock in force is lifted.
ALTER TABLE "users" DROP COLUMN "failed_login_count";--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "locked_until";