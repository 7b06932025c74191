-- Octets lus: how many bytes of the uploaded file the import's reader has consumed, written with
-- each progress row. Against size_bytes and the elapsed time it gives the ETA («Còn khoảng …»):
-- rows cannot, a streamed file's row count being known only at its end.
ALTER TABLE "dossier_import_jobs" ADD COLUMN "bytes_read" bigint DEFAULT 0 NOT NULL;
