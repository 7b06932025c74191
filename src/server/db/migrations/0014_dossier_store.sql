-- Dossier store (hồ sơ TTHC): one row per dossier keyed by (tenant, source, code), declaratively
-- partitioned by the year it was received, tenant_id first in every key so a Citus deployment can
-- distribute on tenant_id (ARCHITECTURE.md). The receive year is part of the key because a
-- partitioned table's unique keys must hold the partition column; a dossier's receive time does
-- not change between exports. `counters` is the bit mask of src/domain/kpis/dossier-counters.ts.
CREATE TABLE "dossiers" (
	"tenant_id" uuid NOT NULL,
	"received_year" smallint NOT NULL,
	"source" text NOT NULL,
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
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossiers_tenant_id_received_year_source_code_pk" PRIMARY KEY("tenant_id","received_year","source","code"),
	CONSTRAINT "dossiers_tenant_id_organisation_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id"),
	CONSTRAINT "dossiers_status_check" CHECK ("status" IN ('processing','awaiting_supplement','finished','returned','withdrawn')),
	CONSTRAINT "dossiers_channel_check" CHECK ("channel" IN ('counter','online','postal')),
	CONSTRAINT "dossiers_online_level_check" CHECK ("online_level" IS NULL OR "online_level" IN ('partial','full')),
	CONSTRAINT "dossiers_counts_check" CHECK ("supplement_requests" >= 0 AND "paused_days" >= 0),
	CONSTRAINT "dossiers_satisfaction_check" CHECK ("satisfaction" IS NULL OR "satisfaction" BETWEEN 1 AND 5)
) PARTITION BY RANGE ("received_year");
--> statement-breakpoint
-- One partition per year 2015–2035 and a default one for anything outside; a deployment adds
-- years as they come (CREATE TABLE dossiers_y2036 PARTITION OF dossiers FOR VALUES FROM (2036) TO (2037)).
DO $$
BEGIN
	FOR y IN 2015..2035 LOOP
		EXECUTE format('CREATE TABLE %I PARTITION OF "dossiers" FOR VALUES FROM (%s) TO (%s)', 'dossiers_y' || y, y, y + 1);
	END LOOP;
END $$;
--> statement-breakpoint
CREATE TABLE "dossiers_other_years" PARTITION OF "dossiers" DEFAULT;
--> statement-breakpoint
-- Drill-down: a unit's dossiers of a period (e.g. its late ones in March), newest first.
CREATE INDEX "dossiers_unit_received_idx" ON "dossiers" ("tenant_id","organisation_id","received_at");
--> statement-breakpoint
-- Rollups: per (tenant, unit, procedure field, month received in Vietnam time) the sum of each
-- counter bit, in bit order. Recomputed on import for the months an import touched only; any KPI
-- of any subtree and period is a sum over these rows.
CREATE TABLE "dossier_rollups" (
	"tenant_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"field" text NOT NULL,
	"month" date NOT NULL,
	"counts" bigint[] NOT NULL,
	CONSTRAINT "dossier_rollups_tenant_id_organisation_id_field_month_pk" PRIMARY KEY("tenant_id","organisation_id","field","month"),
	CONSTRAINT "dossier_rollups_tenant_id_organisation_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."organisations"("tenant_id","id"),
	CONSTRAINT "dossier_rollups_month_check" CHECK (extract(day FROM "month") = 1)
);
--> statement-breakpoint
CREATE INDEX "dossier_rollups_month_idx" ON "dossier_rollups" ("tenant_id","month");
