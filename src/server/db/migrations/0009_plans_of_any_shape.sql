ALTER TABLE "plan_tasks" ADD COLUMN "section_id" text;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "kind" text DEFAULT 'assignment' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "lead_group" jsonb;--> statement-breakpoint
ALTER TABLE "plan_tasks" ADD COLUMN "group_id" uuid;--> statement-breakpoint
CREATE INDEX "plan_tasks_group_idx" ON "plan_tasks" USING btree ("tenant_id","group_id");
--> statement-breakpoint
-- Plans of today's shape → the section tree and target kinds (src/domain/plans): every section
-- becomes a top-level "1." section without an index, every target a number target (or, for
-- "thuộc nhóm N … dẫn đầu", a rank_top target) judged by hand (no framework: "Tỷ lệ hồ sơ đúng hạn
-- ≥ 98%" is not the index); the plan links the framework it was drafted from and keeps its appendix
-- table. Texts and order are kept, so every plan renders as before.
UPDATE "plans" SET "content" = "content" || jsonb_build_object(
  'frameworkIds', CASE WHEN "source_framework_id" IS NULL THEN '[]'::jsonb
                       ELSE jsonb_build_array("source_framework_id"::text) END,
  'appendixTable', true,
  'sections', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'id', gen_random_uuid()::text, 'parentId', NULL, 'numbering', 'decimal',
      'heading', COALESCE(section->'heading', '""'::jsonb), 'body', COALESCE(section->'body', '""'::jsonb),
      'frameworkId', NULL, 'nodeCode', NULL) ORDER BY position)
    FROM jsonb_array_elements(COALESCE("content"->'sections', '[]'::jsonb)) WITH ORDINALITY AS s(section, position)
  ), '[]'::jsonb),
  'targets', COALESCE((
    SELECT jsonb_agg(jsonb_build_object(
      'id', gen_random_uuid()::text, 'sectionId', NULL, 'frameworkId', NULL, 'nodeCode', NULL,
      'metric', target->'metric',
      'kind', CASE WHEN target->>'comparator' = 'top_group' THEN 'rank_top' ELSE 'number' END,
      'comparator', CASE WHEN target->>'comparator' = 'top_group' THEN 'gte' ELSE target->>'comparator' END,
      'value', target->'value', 'unit', COALESCE(target->'unit', '""'::jsonb),
      'grade', NULL, 'sharePercent', NULL) ORDER BY position)
    FROM jsonb_array_elements(COALESCE("content"->'targets', '[]'::jsonb)) WITH ORDINALITY AS t(target, position)
  ), '[]'::jsonb)
)
WHERE NOT ("content" ? 'frameworkIds');
