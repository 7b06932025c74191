// Plumbing: where the PostgreSQL cluster of a data directory lives. Normally `<data>/postgres`;
// when the `postgres` OS user cannot traverse the data directory (it sits in /root or in a
// `mktemp -d` folder, both mode 700), the cluster goes to `<runtime>/clusters/<hash of the data
// directory>` instead — the data directory's own permissions stay as the owner set them — and
// `<data>/postgres.location` records where, so every later start finds the same cluster.
import { createHash } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { canReach, type PostgresUser } from './postgres-user';
import { ensureTraversableDir } from './postgres-binaries';
import { EmbeddedPostgresError } from './embedded-postgres-error';

const LOCATION_FILE = 'postgres.location';

/** The recorded cluster directory of `dataDir`, or `<dataDir>/postgres` when none is recorded. */
export function recordedClusterDir(dataDir: string): string {
  const file = join(dataDir, LOCATION_FILE);
  if (!existsSync(file)) return join(dataDir, 'postgres');
  const recorded = readFileSync(file, 'utf8').trim();
  if (!isAbsolute(recorded))
    throw new EmbeddedPostgresError(`Tệp ${file} không chứa một đường dẫn tuyệt đối.`);
  return recorded;
}

/**
 * The cluster directory for `dataDir`, created and owned by `user` (mode 700, as PostgreSQL
 * demands). Relocates it under `runtimeDir` when `user` cannot reach the data directory.
 */
export function prepareClusterDir(
  dataDir: string,
  user: PostgresUser | null,
  runtimeDir: string,
  announce: (line: string) => void,
): string {
  let clusterDir = recordedClusterDir(dataDir);
  const isRecorded = existsSync(join(dataDir, LOCATION_FILE));
  if (!isRecorded && !canReach(dataDir, user)) {
    const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
    ensureTraversableDir(join(runtimeDir, 'clusters'));
    clusterDir = join(runtimeDir, 'clusters', key);
    writeFileSync(join(dataDir, LOCATION_FILE), `${clusterDir}\n`);
  }
  if (clusterDir !== join(dataDir, 'postgres'))
    announce(
      `Người dùng postgres không vào được ${dataDir}: cụm PostgreSQL nằm tại ${clusterDir} (ghi trong ${join(dataDir, LOCATION_FILE)}).`,
    );
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(clusterDir, user.uid, user.gid);
  if (!canReach(clusterDir, user))
    throw new EmbeddedPostgresError(
      `Người dùng hệ thống postgres không truy cập được thư mục ${clusterDir}: hãy cấp quyền đi qua (chmod o+x) cho các thư mục cha của nó hoặc đặt PARPLAN_DATA_DIR sang thư mục khác.`,
    );
  return clusterDir;
}
