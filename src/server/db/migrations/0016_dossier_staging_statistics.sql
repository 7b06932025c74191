-- Thống kê bảng tạm nhập hồ sơ: the import COPYs a job's rows into dossier_import_rows and then
-- joins them with "dossiers" (repeated codes, upsert, touched months). Without statistics the
-- planner reads "tenant_id = $1 AND job_id = $2" as one row and nests loops over the staging —
-- 20,000 rows never finished. Autovacuum analyses too late (a minute after), and ANALYZE needs the
-- table's owner, so the owner lends it to the app role through this function: it analyses the
-- staging table and nothing else (the app role gets EXECUTE from app-rights.ts).
CREATE FUNCTION analyze_dossier_import_rows() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
BEGIN
  ANALYZE public.dossier_import_rows;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION analyze_dossier_import_rows() FROM PUBLIC;
