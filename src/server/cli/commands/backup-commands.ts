// `parplan backup --out FILE` and `parplan restore FILE`: embedded cluster (physical backup) or
// DATABASE_URL (pg_dump/pg_restore from PATH), always with the evidence files.
import { resolve } from 'node:path';
import type { Config } from '../../config';
import { backupEmbedded } from '../../backup/embedded-backup';
import { restoreEmbedded, RestoreTargetNotEmptyError } from '../../backup/embedded-restore';
import { backupWithDump, restoreWithDump } from '../../backup/dump-backup';
import { CliError, EXIT } from '../cli-io';
import type { CommandResult } from './command-result';

const formatCount = (n: number) => n.toLocaleString('vi-VN');

/** Backs up to `out`. */
export async function runBackup(
  config: Config,
  input: { out: string; progress: (line: string) => void },
): Promise<CommandResult> {
  const now = config.clock.now();
  const manifest = config.DATABASE_URL
    ? await backupWithDump({
        url: config.DATABASE_OWNER_URL ?? config.DATABASE_URL,
        evidenceDir: config.evidenceDir,
        out: input.out,
        now,
        progress: input.progress,
      })
    : await backupEmbedded({
        dataDir: config.PARPLAN_DATA_DIR,
        evidenceDir: config.evidenceDir,
        out: input.out,
        now,
        runtimeDir: config.PARPLAN_RUNTIME_DIR,
        progress: input.progress,
      });
  const rows = Object.values(manifest.rowCounts).reduce((sum, n) => sum + n, 0);
  const lines = [
    `Đã sao lưu vào ${resolve(input.out)}: ${formatCount(Object.keys(manifest.rowCounts).length)} bảng, ${formatCount(rows)} dòng, ${formatCount(manifest.evidence.length)} tệp minh chứng (PostgreSQL ${manifest.postgresVersion}).`,
  ];
  if (manifest.missingEvidence.length)
    lines.push(
      `Cảnh báo: ${manifest.missingEvidence.length} tệp minh chứng có trong cơ sở dữ liệu nhưng không còn trên đĩa: ${manifest.missingEvidence.join(', ')}`,
    );
  return { lines, json: { file: resolve(input.out), ...manifest } };
}

/** Restores `file` into the configured (or given) data directory. */
export async function runRestore(
  config: Config,
  input: { file: string; force: boolean; dataDir?: string; progress: (line: string) => void },
): Promise<CommandResult> {
  let summary;
  try {
    summary = config.DATABASE_URL
      ? await restoreWithDump({
          url: config.DATABASE_OWNER_URL ?? config.DATABASE_URL,
          file: input.file,
          evidenceDir: config.evidenceDir,
          progress: input.progress,
        })
      : await restoreEmbedded({
          file: input.file,
          dataDir: input.dataDir ?? config.PARPLAN_DATA_DIR,
          // A given --data-dir takes its evidence with it unless EVIDENCE_DIR says otherwise.
          evidenceDir:
            input.dataDir && !config.EVIDENCE_DIR
              ? resolve(input.dataDir, 'evidence')
              : config.evidenceDir,
          force: input.force,
          runtimeDir: config.PARPLAN_RUNTIME_DIR,
          progress: input.progress,
        });
  } catch (error) {
    if (error instanceof RestoreTargetNotEmptyError) throw new CliError(EXIT.usage, error.message);
    throw error;
  }
  const rows = Object.values(summary.rowCounts).reduce((sum, n) => sum + n, 0);
  return {
    lines: [
      `Đã khôi phục bản sao lưu ngày ${summary.manifest.createdAt}: ${formatCount(Object.keys(summary.rowCounts).length)} bảng, ${formatCount(rows)} dòng, ${formatCount(summary.evidenceFiles)} tệp minh chứng (mã băm khớp).`,
    ],
    json: {
      createdAt: summary.manifest.createdAt,
      kind: summary.manifest.kind,
      evidenceFiles: summary.evidenceFiles,
      rowCounts: summary.rowCounts,
    },
  };
}
