import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import { RankingPublication } from './ranking-publication';

const render = (publication: Parameters<typeof RankingPublication>[0]['publication']) =>
  renderToStaticMarkup(
    <App>
      <RankingPublication publication={publication} />
    </App>,
  );

describe('RankingPublication', () => {
  it('names the decision, its date in Vietnamese form and its issuer', () => {
    const html = render({
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2026-06-20',
      issuer: 'Ủy ban nhân dân tỉnh Đồng Tháp',
    });
    expect(html).toContain(
      'Kết quả công bố theo Quyết định số 123/QĐ-UBND, ngày 20/06/2026 của Ủy ban nhân dân tỉnh Đồng Tháp',
    );
  });

  it('leaves the date out when the decision has none', () => {
    const html = render({ decisionNumber: '45/QĐ-UBND', decisionDate: null, issuer: 'UBND tỉnh' });
    expect(html).toContain('Kết quả công bố theo Quyết định số 45/QĐ-UBND của UBND tỉnh');
    expect(html).not.toContain('ngày');
  });

  it('shows nothing for a ranking not published by a round', () => {
    expect(render(null)).toBe(renderToStaticMarkup(<App />));
  });
});
