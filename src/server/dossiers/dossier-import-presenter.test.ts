// The job as the API shows it: the rate from the injected instant, the error report's lines.
import { describe, expect, it } from 'vitest';
import type { DossierImportJobRow } from './dossier-import-job.repository';
import { dossierErrorReportCsv, presentDossierImportJob } from './dossier-import-presenter';

const row: DossierImportJobRow = {
  tenantId: '00000000-0000-4000-8000-000000000001',
  id: '00000000-0000-4000-8000-000000000002',
  source: 'igate',
  fileName: 'ho-so.csv',
  format: 'csv',
  mode: 'valid_rows',
  status: 'running',
  sizeBytes: 1000,
  bytesRead: 0,
  filePath: '/tmp/x.csv',
  rowsRead: 150_000,
  rowsValid: 149_000,
  rowsRejected: 1_234,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  errors: [
    {
      line: 7,
      code: 'unknown_unit',
      column: 'Mã đơn vị',
      message: 'Mã đơn vị «X» không có trong cây đơn vị.',
    },
    { line: 9, code: 'unreadable_date', message: 'Không đọc được ngày «31/02/2024», "sai".' },
  ],
  errorCounts: { unknown_unit: 1_000, unreadable_date: 234 },
  failure: null,
  mapping: {},
  createdBy: null,
  createdAt: '2026-06-15T03:00:00.000Z',
  startedAt: '2026-06-15T03:00:10.000Z',
  finishedAt: null,
  updatedAt: '2026-06-15T03:00:40.000Z',
};

describe('presentDossierImportJob', () => {
  it('gives the rate over the seconds since the start, and no ETA before bytes were counted', () => {
    // 150,000 rows in 30 s = 5,000 rows/s.
    const dto = presentDossierImportJob(row, new Date('2026-06-15T03:00:40.000Z'));
    expect(dto).toMatchObject({ rowsPerSecond: 5_000, etaSeconds: null, status: 'running' });
  });

  it('gives the ETA from the bytes read by the last progress write, less the time since it', () => {
    // 400 of 1,000 bytes in the 30 s up to the write = 13⅓ B/s; 600 left → 45 s at the write,
    // 5 s later 40 s.
    const dto = presentDossierImportJob(
      { ...row, bytesRead: 400 },
      new Date('2026-06-15T03:00:45.000Z'),
    );
    expect(dto).toMatchObject({ sizeBytes: 1000, bytesRead: 400 });
    expect(dto.etaSeconds).toBeCloseTo(40, 9);
  });

  it('measures an ended job up to its end, whatever the clock says now', () => {
    const ended = { ...row, status: 'succeeded' as const, finishedAt: '2026-06-15T03:01:10.000Z' };
    // 150,000 rows in 60 s = 2,500 rows/s.
    expect(presentDossierImportJob(ended, new Date('2026-06-16T00:00:00.000Z'))).toMatchObject({
      rowsPerSecond: 2_500,
      etaSeconds: 0,
    });
  });

  it('has no rate before the job started', () => {
    expect(
      presentDossierImportJob({ ...row, startedAt: null }, new Date('2026-06-15T03:00:40.000Z'))
        .rowsPerSecond,
    ).toBeNull();
  });
});

describe('dossierErrorReportCsv', () => {
  it('lists line, column and message, quoted, then a line counting every rejected row', () => {
    expect(dossierErrorReportCsv(row)).toBe(
      '\uFEFFDòng,Cột,Lỗi\r\n' +
        '7,"Mã đơn vị","Mã đơn vị «X» không có trong cây đơn vị."\r\n' +
        '9,"","Không đọc được ngày «31/02/2024», ""sai""."\r\n' +
        '"Tổng",,"1.234 dòng lỗi; liệt kê 2 lỗi đầu tiên"\r\n',
    );
  });
});
