import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import type { DossierImportJobDto } from '@contract/dossier-imports';
import { DossierImportProgress } from './dossier-import-progress';
import {
  dossierImportBarStatus,
  dossierImportFigures,
  etaOf,
  isDossierImportRunning,
} from './dossier-import-view-model';

const job = (changes: Partial<DossierImportJobDto>): DossierImportJobDto => ({
  id: '00000000-0000-4000-8000-000000000001',
  source: 'mot-cua',
  fileName: 'ho-so-2026.csv',
  format: 'csv',
  mode: 'valid_rows',
  status: 'running',
  rowsRead: 1_234_567,
  rowsValid: 1_234_000,
  rowsRejected: 567,
  rowsInserted: 0,
  rowsUpdated: 0,
  rowsUnchanged: 0,
  rowsPerSecond: 45_678,
  sizeBytes: 200_000_000,
  bytesRead: 50_000_000,
  etaSeconds: null,
  errors: [],
  errorCounts: {},
  failure: null,
  mapping: {},
  createdAt: '2026-06-15T03:00:00.000Z',
  startedAt: '2026-06-15T03:00:01.000Z',
  finishedAt: null,
  ...changes,
});

const render = (value: DossierImportJobDto) =>
  renderToStaticMarkup(
    <App>
      <DossierImportProgress
        job={value}
        cancelling={false}
        onCancel={() => {}}
        onDownloadErrors={() => {}}
      />
    </App>,
  );

describe('dossier import view model', () => {
  it('counts written rows as inserted + updated + unchanged, Vietnamese style', () => {
    const figures = dossierImportFigures(
      job({
        status: 'succeeded',
        rowsInserted: 1_000,
        rowsUpdated: 200,
        rowsUnchanged: 34,
        etaSeconds: 0,
      }),
    );
    expect(figures).toEqual({
      read: '1.234.567',
      written: '1.234',
      rejected: '567',
      rate: '45.678',
      eta: null,
    });
  });

  it('words the ETA in seconds below 90 s and in minutes from there, rounded up', () => {
    expect(etaOf(12.2)).toEqual({ unit: 'seconds', value: 13 });
    expect(etaOf(89.5)).toEqual({ unit: 'seconds', value: 90 });
    expect(etaOf(90)).toEqual({ unit: 'minutes', value: 2 });
    expect(etaOf(125)).toEqual({ unit: 'minutes', value: 3 });
    expect(dossierImportFigures(job({ etaSeconds: 44.1 })).eta).toEqual({
      unit: 'seconds',
      value: 45,
    });
  });

  it('polls and animates only while queued or running', () => {
    expect(isDossierImportRunning({ status: 'queued' })).toBe(true);
    expect(isDossierImportRunning({ status: 'cancelled' })).toBe(false);
    expect(dossierImportBarStatus({ status: 'running' })).toBe('active');
    expect(dossierImportBarStatus({ status: 'succeeded' })).toBe('success');
    expect(dossierImportBarStatus({ status: 'failed' })).toBe('exception');
    expect(dossierImportBarStatus({ status: 'cancelled' })).toBe('normal');
  });
});

describe('DossierImportProgress', () => {
  it('shows a running job with its counts and rate and offers cancel, no error report yet', () => {
    const html = render(job({}));
    expect(html).toContain('Đang nhập');
    expect(html).toContain('Đã đọc: 1.234.567 dòng');
    expect(html).toContain('Dòng lỗi: 567');
    expect(html).toContain('Tốc độ: 45.678 dòng/giây');
    expect(html).not.toContain('Còn khoảng');
    expect(html).toContain('data-testid="dossier-import-cancel"');
    expect(html).not.toContain('data-testid="dossier-import-errors-csv"');
  });

  it('shows the time left from the bytes rate in minutes', () => {
    expect(render(job({ etaSeconds: 150 }))).toContain('Còn khoảng 3 phút');
    expect(render(job({ etaSeconds: 20 }))).toContain('Còn khoảng 20 giây');
  });

  it('shows a failed all-or-nothing job with its reason, first errors and the error report, no cancel', () => {
    const html = render(
      job({
        status: 'failed',
        mode: 'all_or_nothing',
        failure: 'Có 2 dòng lỗi: chế độ «tất cả hoặc không» nên không ghi dòng nào.',
        errors: [
          {
            line: 3,
            code: 'unknown_unit',
            column: 'Mã đơn vị',
            message: 'Mã đơn vị «XA-KHONG» không có trong cây đơn vị.',
          },
          {
            line: 7,
            code: 'bad_date',
            column: 'Ngày tiếp nhận',
            message: 'Ngày «31/02/2026» không đọc được.',
          },
        ],
        finishedAt: '2026-06-15T03:00:09.000Z',
      }),
    );
    expect(html).toContain('Không thành công');
    expect(html).toContain('chế độ «tất cả hoặc không»');
    expect(html).toContain('Mã đơn vị «XA-KHONG» không có trong cây đơn vị.');
    expect(html).toContain('Ngày tiếp nhận');
    expect(html).toContain('data-testid="dossier-import-errors-csv"');
    expect(html).toContain('Tải báo cáo lỗi (.csv)');
    expect(html).not.toContain('data-testid="dossier-import-cancel"');
  });
});
