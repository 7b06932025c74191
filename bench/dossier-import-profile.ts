// Where the staged phase of a dossier import spends its time, without a database: the same
// generated CSV read (1) as raw records by the reader, (2) as row results (readDossierRow), (3) to
// staging lines (stagingLine + counterMask), each timed over the whole file; rows/s printed.
// Usage: npx tsx bench/dossier-import-profile.ts [-- --rows 200000]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { counterMask } from '../src/domain/kpis/dossier-counters';
import { openDossierFile } from '../src/server/dossiers/dossier-file-reader';
import { stagingLine, stagingPrefix } from '../src/server/dossiers/dossier-staging-line';
import { createThrowawayDir } from '../test/throwaway-postgres';
import { writeDossierExport } from './dossier-export-file';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
const ROWS = Number(values.rows);
const folder = createThrowawayDir('parplan-profile-');
try {
  const file = join(folder.dir, 'ho-so.csv');
  const units = Array.from({ length: 100 }, (_, u) => `DV${u}`);
  await writeDossierExport(file, ROWS, units);
  const prefix = stagingPrefix(
    '00000000-0000-0000-0000-000000000001',
    '00000000-0000-0000-0000-000000000002',
  );
  const unitId = '00000000-0000-0000-0000-000000000003';

  const time = async (name: string, run: () => Promise<number>) => {
    const started = performance.now();
    const n = await run();
    const ms = performance.now() - started;
    console.log(
      `${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s ${Math.round(n / (ms / 1000))
        .toLocaleString('en')
        .padStart(10)} rows/s`,
    );
  };
  for (let round = 0; round < 2; round++) {
    await time('read rows (reader + readDossierRow)', async () => {
      const reading = await openDossierFile(file);
      let n = 0;
      for await (const row of reading.rows) if (row) n++;
      return n;
    });
    await time('… + stagingLine + counterMask', async () => {
      const reading = await openDossierFile(file);
      let n = 0;
      let bytes = 0;
      let chunk = '';
      for await (const row of reading.rows) {
        if ('errors' in row) continue;
        chunk += stagingLine(prefix, row.line, row.dossier, unitId, counterMask(row.dossier));
        if (++n % 5000 === 0) {
          bytes += chunk.length;
          chunk = '';
        }
      }
      return bytes > 0 ? n : n;
    });
  }
} finally {
  folder.remove();
}
