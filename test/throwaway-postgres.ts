// Plumbing for tests and benches: a temporary data folder PostgreSQL (running as its own user)
// can reach, and an embedded server in one, each removed when done.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/server/db/embedded-postgres';

/** A fresh folder under the system temp dir, readable by the postgres user. */
export function createThrowawayDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An embedded PostgreSQL in a throwaway folder; `stop()` stops it and deletes the folder. */
export async function startThrowawayPostgres(
  prefix: string,
  options?: Parameters<typeof startEmbeddedPostgres>[1],
): Promise<EmbeddedDatabase> {
  const folder = createThrowawayDir(prefix);
  const embedded = await startEmbeddedPostgres(folder.dir, options);
  return {
    ...embedded,
    stop: async () => {
      await embedded.stop();
      folder.remove();
    },
  };
}
