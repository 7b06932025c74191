// Plumbing: copies the evidence files a backup needs (by storage key) and hashes them; restores
// them and checks every hash against the manifest.
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { copyFileInto, hashFile } from './backup-files';
import type { BackupEvidenceEntry } from './backup-manifest';

/** A storage key is `<tenant uuid>/<uuid>`: refuse anything that could leave the folder. */
function safeKey(key: string): string {
  const normal = normalize(key);
  if (normal.startsWith('..') || normal.startsWith('/'))
    throw new Error(`Khóa lưu trữ minh chứng không hợp lệ: ${key}`);
  return normal;
}

/** Copies each referenced file of `from` into `to`; files already gone are listed as missing. */
export async function copyEvidence(
  from: string,
  to: string,
  storageKeys: string[],
): Promise<{ copied: BackupEvidenceEntry[]; missing: string[] }> {
  const copied: BackupEvidenceEntry[] = [];
  const missing: string[] = [];
  for (const storageKey of storageKeys) {
    const source = join(from, safeKey(storageKey));
    if (!existsSync(source)) {
      missing.push(storageKey);
      continue;
    }
    const target = join(to, safeKey(storageKey));
    await copyFileInto(source, target);
    // Hash the copy: it is what the archive holds.
    copied.push({ storageKey, ...(await hashFile(target)) });
  }
  return { copied, missing };
}

/** Puts the archive's evidence into `to` and checks each file's sha256; throws on a mismatch. */
export async function restoreEvidence(
  from: string,
  to: string,
  entries: BackupEvidenceEntry[],
): Promise<number> {
  for (const entry of entries) {
    const target = join(to, safeKey(entry.storageKey));
    await copyFileInto(join(from, safeKey(entry.storageKey)), target);
    const { sha256 } = await hashFile(target);
    if (sha256 !== entry.sha256)
      throw new Error(
        `Tệp minh chứng ${entry.storageKey} sai mã băm sau khi khôi phục (tệp sao lưu bị hỏng?).`,
      );
  }
  return entries.length;
}
