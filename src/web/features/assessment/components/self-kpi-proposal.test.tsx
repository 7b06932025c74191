import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { KpiProposalDto } from '@contract/assessment-kpi-proposals';
import '@web/lib/signed-in-dictionary';
import { SelfKpiProposal } from './self-kpi-proposal';

const window = { from: '2026-01', to: '2026-06', label: 'từ tháng 1/2026 đến tháng 6/2026' };

const counts: KpiProposalDto = {
  nodeCode: '3.3.1',
  kpiKey: 'on_time',
  kpiLabel: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
  status: 'counts',
  window,
  numerator: 1234,
  denominator: 1300,
  value: (1234 / 1300) * 100,
  score: 3.9968,
  reason: null,
};

const render = (
  proposal: KpiProposalDto,
  value: Parameters<typeof SelfKpiProposal>[0]['value'] = null,
  canEdit = true,
) =>
  renderToStaticMarkup(
    <SelfKpiProposal
      proposal={proposal}
      value={value}
      canEdit={canEdit}
      onFill={() => undefined}
    />,
  );

describe('SelfKpiProposal (đề xuất từ dữ liệu hồ sơ)', () => {
  it('shows the counts, value and score in Vietnamese form with a button to fill them in', () => {
    const html = render(counts);
    expect(html).toContain('Đề xuất từ dữ liệu hồ sơ');
    // 1 234 / 1 300 = 94,923…% → 94,92.
    expect(html).toContain(
      '«Tỷ lệ hồ sơ giải quyết đúng hạn» từ tháng 1/2026 đến tháng 6/2026: 1.234 / 1.300 hồ sơ = 94,92% → 3,9968 điểm',
    );
    expect(html).toContain('Điền số liệu đề xuất');
    expect(render(counts, null, false)).not.toContain('Điền số liệu đề xuất');
  });

  it('says the figures came from the data once filled, and offers them again after a hand edit', () => {
    const source = {
      kind: 'dossier_data' as const,
      kpiKey: 'on_time',
      from: '2026-01',
      to: '2026-06',
    };
    const filled = render(counts, { type: 'ratio', numerator: 1234, denominator: 1300, source });
    expect(filled).toContain('Số liệu từ dữ liệu hồ sơ (1/2026 – 6/2026)');
    expect(filled).not.toContain('Điền số liệu đề xuất');
    const typed = render(counts, { type: 'ratio', numerator: 1250, denominator: 1300 });
    expect(typed).toContain('Điền số liệu đề xuất');
  });

  it('gives the reason when there is no proposal', () => {
    const html = render({
      ...counts,
      status: 'none',
      numerator: null,
      denominator: null,
      value: null,
      score: null,
      reason: 'Chưa có hồ sơ nào đã giải quyết từ tháng 1/2026 đến tháng 6/2026.',
    });
    expect(html).toContain(
      'Chưa có đề xuất: Chưa có hồ sơ nào đã giải quyết từ tháng 1/2026 đến tháng 6/2026.',
    );
  });
});
