import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import { DocumentsLinks } from './documents-links';

const ROUND = '00000000-0000-4000-8000-000000000001';
const UNIT = '00000000-0000-4000-8000-000000000002';

const render = (node: ReactNode) => renderToStaticMarkup(<App>{node}</App>);
/** The opening tag of the button with this test id. */
const buttonTag = (html: string, testId: string) =>
  new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? null;

describe('DocumentsLinks', () => {
  it("offers the unit's self-assessment report only when a unit is given", () => {
    expect(render(<DocumentsLinks roundId={ROUND} organisationId={UNIT} />)).toContain(
      'Tải báo cáo tự đánh giá (.docx)',
    );
    expect(
      buttonTag(render(<DocumentsLinks roundId={ROUND} />), 'assessment-self-report-docx'),
    ).toBeNull();
  });

  it('shows the ranking appendix buttons disabled until the round has final results', () => {
    const waiting = render(<DocumentsLinks roundId={ROUND} publicationReady={false} />);
    expect(buttonTag(waiting, 'assessment-publication-docx')).toMatch(/disabled/);
    expect(buttonTag(waiting, 'assessment-publication-xlsx')).toMatch(/disabled/);
    const ready = render(<DocumentsLinks roundId={ROUND} publicationReady />);
    expect(buttonTag(ready, 'assessment-publication-docx')).not.toMatch(/disabled/);
    expect(ready).toContain('Xuất kết quả xếp hạng (.xlsx)');
  });

  it('hides the appendix buttons when the page does not say whether results exist', () => {
    const html = render(<DocumentsLinks roundId={ROUND} organisationId={UNIT} />);
    expect(buttonTag(html, 'assessment-publication-docx')).toBeNull();
  });
});
