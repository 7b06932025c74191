import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import type { KpiTree, KpiTreeUnit } from '@contract/kpis';
import { KpiTreeTable } from './kpi-tree-table';

const unit = (
  code: string,
  parentId: string | null,
  onTime: number | null,
  count: number,
  late: number,
): KpiTreeUnit => ({
  id: code,
  parentId,
  code,
  name: `Xã ${code}`,
  type: 'commune',
  closed: false,
  totals: { received: count, finishedLate: late } as KpiTreeUnit['totals'],
  kpis: { on_time: { value: onTime, count } },
});

const tree: KpiTree = {
  from: '2026-03',
  to: '2026-03',
  kpis: [
    {
      key: 'on_time',
      label: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      higherIsBetter: true,
      origin: '766',
    },
  ],
  units: [
    unit('AB', null, 97.25, 1234, 34),
    unit('TM', null, (4 / 6) * 100, 6, 2),
    unit('BT', null, null, 0, 0),
  ],
  abilities: { canImport: false },
};

describe('KpiTreeTable', () => {
  it('shows values Vietnamese style with their dossier counts, worst first, "—" last', () => {
    const html = renderToStaticMarkup(
      <App>
        <KpiTreeTable tree={tree} selectedId={null} onSelect={() => {}} onOpenLate={() => {}} />
      </App>,
    );
    expect(html).toContain('97,25 %');
    expect(html).toContain('1.234 hồ sơ');
    expect(html).toContain('66,67 %');
    const order = ['Xã TM', 'Xã AB', 'Xã BT'].map((name) => html.indexOf(name));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toMatch(/data-testid="kpi-on_time-BT">—/);
    expect(html).toContain('data-testid="kpi-late-AB"');
    expect(html).not.toContain('data-testid="kpi-late-BT"');
  });
});
