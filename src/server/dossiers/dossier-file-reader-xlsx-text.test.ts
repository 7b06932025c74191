// Vietnamese text in a streamed .xlsx: exceljs' streaming reader turned each inflated chunk of a
// sheet into text on its own, so a letter whose UTF-8 bytes straddled two chunks came out as
// two replacement characters — 31 rows of a 50,000-row export written with inline strings (the
// way many one-stop systems' libraries write). patches/exceljs+4.4.0.patch decodes the chunks
// as one stream; this reads a generated export back and wants every row as generated.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDossiers } from '@domain/kpis/dossier-generator';
import { writeDossierExport } from '../../../scripts/generate-dossiers';
import { openDossierFile } from './dossier-file-reader';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parplan-dossier-xlsx-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a streamed .xlsx with inline strings', () => {
  it('reads every Vietnamese letter of 20,000 generated rows as written', async () => {
    const options = { unitCodes: ['A', 'B', 'C'], year: 2026, count: 20_000, seed: 31 };
    const path = join(dir, 'inline.xlsx');
    await writeDossierExport({ ...options, out: path });
    const reading = await openDossierFile(path);
    const expected = generateDossiers(options)[Symbol.iterator]();
    const mismatches: string[] = [];
    let read = 0;
    for await (const batch of reading.batches)
      for (const row of batch) {
        read += 1;
        const want = JSON.stringify(expected.next().value);
        const got = 'dossier' in row ? JSON.stringify(row.dossier) : JSON.stringify(row.errors);
        if (got !== want && mismatches.length < 3) mismatches.push(`${row.line}: ${got}`);
      }
    expect(mismatches).toEqual([]);
    expect(read).toBe(20_000);
  });
});
