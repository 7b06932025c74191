// A synthetic one-stop export for the import benches: N rows of CSV with the Vietnamese headers,
// deterministic values the reader accepts (every row valid), written in chunks (never held whole).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { DOSSIER_COLUMN_LABELS, type DossierFieldKey } from '../src/domain/kpis/dossier-columns';

/** The export's columns, in file order. */
export const EXPORT_FIELDS: DossierFieldKey[] = [
  'code',
  'unitCode',
  'procedureCode',
  'procedureName',
  'field',
  'receivedAt',
  'promisedAt',
  'finishedAt',
  'status',
  'channel',
  'onlineLevel',
  'paidOnline',
  'hasFee',
  'supplementRequests',
  'pausedDays',
  'digitisedFile',
  'digitisedResult',
  'electronicResult',
  'satisfaction',
  'complaint',
];

const DOMAINS = ['Xây dựng', 'Đất đai', 'Hộ tịch', 'Kinh doanh', 'Tư pháp'];
const pad = (n: number) => String(n).padStart(2, '0');

/** Writes `rows` dossiers of the units `unitCodes` (round robin) to `file` as CSV. */
export async function writeDossierExport(
  file: string,
  rows: number,
  unitCodes: readonly string[],
): Promise<void> {
  const out = createWriteStream(file);
  out.write(EXPORT_FIELDS.map((field) => `"${DOSSIER_COLUMN_LABELS[field]}"`).join(',') + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const month = (i % 12) + 1;
    const day = (i % 25) + 1;
    const finished = i % 10 !== 0;
    const late = i % 17 === 0;
    const online = i % 3 !== 0;
    chunk +=
      `HS${i},${unitCodes[i % unitCodes.length]},1.00${i % 7},Thủ tục ${i % 7},${DOMAINS[i % 5]},` +
      `${pad(day)}/${pad(month)}/2024 ${pad(8 + (i % 9))}:${pad(i % 60)},` +
      `${pad(day + 3)}/${pad(month)}/2024,` +
      (finished ? `${pad(day + (late ? 4 : 2))}/${pad(month)}/2024 15:00,` : ',') +
      (finished ? 'Đã giải quyết,' : 'Đang xử lý,') +
      (online ? `Trực tuyến,${i % 2 ? 'Toàn trình' : 'Một phần'},` : 'Trực tiếp,,') +
      `${i % 4 === 0 ? 'Có' : 'Không'},${i % 2 === 0 ? 'Có' : 'Không'},${i % 13 === 0 ? 2 : 0},` +
      `${i % 11 === 0 ? 1 : 0},Có,${finished ? 'Có' : 'Không'},${finished ? 'Có' : 'Không'},` +
      `${i % 6 === 0 ? '' : (i % 5) + 1},${i % 50 === 0 ? 'Có' : 'Không'}\n`;
    if (i % 10_000 === 9_999) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
