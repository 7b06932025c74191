// Plumbing: which OS user runs the embedded PostgreSQL and what that user can reach. PostgreSQL
// refuses to run as root, so a root process runs it as the `postgres` OS user (created when
// missing) — a user that cannot enter, for example, /root (mode 700) or a `mktemp -d` folder.
import { spawnSync } from 'node:child_process';

/** The OS identity PostgreSQL runs as; null means "as this process" (not root). */
export interface PostgresUser {
  uid: number;
  gid: number;
}

const run = (command: string, args: string[]) =>
  spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function lookUpId(flag: '-u' | '-g'): number | null {
  const result = run('id', [flag, 'postgres']);
  return result.status === 0 ? Number(result.stdout.trim()) : null;
}

/** The `postgres` OS user when this process is root (creating it if needed), else null. */
export function postgresUserForThisProcess(): PostgresUser | null {
  if (process.getuid?.() !== 0) return null;
  if (lookUpId('-u') === null) {
    run('groupadd', ['--force', '--system', 'postgres']);
    const created = run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
    if (created.status !== 0)
      throw new Error(
        `Không tạo được người dùng hệ thống postgres để chạy PostgreSQL nhúng: ${created.stderr.trim()}`,
      );
  }
  return { uid: lookUpId('-u')!, gid: lookUpId('-g')! };
}

/**
 * True when `user` can search (`test -x`) `path`, which needs every directory above it to be
 * traversable too. Asked of the kernel as that user — exactly as PostgreSQL will be spawned (same
 * uid/gid, no supplementary groups) — so ACLs and group bits are judged correctly.
 */
export function canReach(path: string, user: PostgresUser | null): boolean {
  if (user === null) return true;
  const result = spawnSync('test', ['-x', path], { uid: user.uid, gid: user.gid, cwd: '/' });
  return result.status === 0;
}
