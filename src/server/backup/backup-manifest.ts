// The manifest.json at the root of every backup archive: what is inside and how to check it.

/** Bumped when the archive's layout changes in a way an older restore cannot read. */
export const BACKUP_FORMAT_VERSION = 1;

/** One evidence file in the archive (`evidence/<storageKey>`), with its sha256 at backup time. */
export interface BackupEvidenceEntry {
  storageKey: string;
  sizeBytes: number;
  sha256: string;
}

/** manifest.json: what the archive holds. */
export interface BackupManifest {
  formatVersion: number;
  /** `physical`: the embedded cluster's files + WAL; `pg_dump`: database.dump of DATABASE_URL. */
  kind: 'physical' | 'pg_dump';
  appVersion: string;
  postgresVersion: string;
  createdAt: string;
  /** Physical backups: the WAL positions of pg_backup_start and pg_backup_stop. */
  startLsn?: string;
  stopLsn?: string;
  /** The application database's name inside the cluster. */
  database: string;
  /**
   * Rows per table of the application database, counted right after the backup ended: under
   * write load the restored database (consistent as of the stop point) may have a few fewer.
   */
  rowCounts: Record<string, number>;
  evidence: BackupEvidenceEntry[];
  /** Storage keys referenced by the database whose file was already gone when copied. */
  missingEvidence: string[];
}

/** Reads and checks a manifest; throws a Vietnamese message when it is not one we can restore. */
export function parseManifest(text: string): BackupManifest {
  let parsed: Partial<BackupManifest>;
  try {
    parsed = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new Error('Tệp sao lưu hỏng: manifest.json không phải JSON.');
  }
  if (parsed.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new Error(
      `Tệp sao lưu có định dạng phiên bản ${String(parsed.formatVersion)}; bản này chỉ khôi phục được phiên bản ${BACKUP_FORMAT_VERSION}.`,
    );
  if (parsed.kind !== 'physical' && parsed.kind !== 'pg_dump')
    throw new Error('Tệp sao lưu hỏng: manifest.json thiếu loại sao lưu (kind).');
  return parsed as BackupManifest;
}
