import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import { ApiRequestError } from '@web/lib/api-client';
import { ImportWizard } from './import-wizard';

const texts = { choose: 'Chọn tệp', checking: 'Đang kiểm tra', nothingWritten: 'Chưa ghi gì' };
const chosen = { file: null, pick: () => undefined, remove: () => undefined };

function render(mutation: { isPending: boolean; data?: { dryRun: boolean }; error: unknown }) {
  return renderToStaticMarkup(
    <ImportWizard
      importFile={chosen}
      mutation={{ data: undefined, ...mutation }}
      accept=".xlsx"
      texts={texts}
      testIds={{ errors: 'x-import-errors', status: 'x-import-status' }}
      labelColumn={(field) => `Cột ${field}`}
      renderChecked={() => <p data-testid="x-preview">Xem trước</p>}
    />,
  );
}

describe('ImportWizard', () => {
  it('lists a refusal row by row, with the column as the file names it, and no preview', () => {
    const refusal = new ApiRequestError(400, 'VALIDATION_FAILED', 'Tệp có lỗi', [
      { row: 7, field: 'parentCode', message: 'Không có đơn vị cha' },
    ]);
    const html = render({ isPending: false, error: refusal });
    expect(html).toContain('data-testid="x-import-status"');
    expect(html).toContain('data-testid="x-import-errors"');
    expect(html).toContain('Cột parentCode');
    expect(html).toContain('Không có đơn vị cha');
    expect(html).toContain('Chưa ghi gì');
    expect(html).not.toContain('x-preview');
  });

  it('shows the screen preview for a dry-run answer, without an error list', () => {
    const html = render({ isPending: false, data: { dryRun: true }, error: null });
    expect(html).toContain('data-testid="x-preview"');
    expect(html).not.toContain('x-import-errors');
  });
});
