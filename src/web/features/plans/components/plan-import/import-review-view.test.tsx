import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '@web/lib/signed-in-dictionary';
import { organisationKeys } from '@web/lib/organisation-list';
import { ImportHeaderPanel } from './import-header-panel';
import { ImportReviewView } from './import-review-view';
import { ImportSourcePane } from './import-source-pane';
import { buildImportedPlan, buildPlanImport, TEST_LINES, TEST_UNITS } from './import-test-data';

function render(node: ReactNode): string {
  const queryClient = new QueryClient();
  queryClient.setQueryData(organisationKeys.list({ q: undefined, includeClosed: true }), {
    items: [
      {
        id: TEST_UNITS.vanHoa,
        code: 'VHXH',
        name: 'Công chức Văn hóa - Xã hội',
        type: 'sub_unit',
        parentId: null,
        validFrom: '2020-01-01',
        validTo: null,
        version: 1,
      },
      {
        id: TEST_UNITS.congAn,
        code: 'CA',
        name: 'Công an xã Mỹ An',
        type: 'sub_unit',
        parentId: null,
        validFrom: '2020-01-01',
        validTo: null,
        version: 1,
      },
    ],
  });
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <App>{node}</App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** The visible text of some markup, tags dropped and spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

function count(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

describe('the review screen of a read import', () => {
  const planImport = buildPlanImport();
  const html = render(<ImportReviewView planImport={planImport} result={buildImportedPlan()} />);
  const text = textOf(html);

  it('shows the totals recomputed from the reading, and the warnings', () => {
    expect(text).toContain('Mục 4');
    expect(text).toContain('Nhiệm vụ 3');
    expect(text).toContain('0 bảng / 3 văn xuôi');
    expect(text).toContain('Đơn vị khớp 3/4');
    expect(text).toContain('Thời gian đọc được 3/3');
    expect(text).toContain('Chỉ tiêu 1');
    expect(text).toContain('Cần xem lại 3');
    expect(text).toContain('Một nhiệm vụ có thời gian chưa đọc được.');
  });

  it('numbers every original line and gives each its role menu', () => {
    expect(count(html, /data-line="/g)).toBe(TEST_LINES.length);
    expect(html).toContain('aria-label="Vai trò dòng 1"');
    expect(html).toContain(`aria-label="Vai trò dòng ${TEST_LINES.length}"`);
    expect(text).toContain('Số: 23/KH-UBND');
  });

  it('lists sections with printed labels and tasks with matched, unmatched and printed units', () => {
    expect(text).toContain('II. NHIỆM VỤ');
    expect(text).toContain('PAR Index');
    // t1 matched to its unit; t2 unmatched with a picker; t3 lead and coordinating by name.
    const t2 = html.slice(
      html.indexOf('data-testid="import-task-t2"'),
      html.indexOf('data-testid="import-task-t3"'),
    );
    expect(textOf(t2)).toContain('Chưa khớp đơn vị');
    expect(textOf(t2)).toContain('Như in: Ban Chỉ huy Quân sự xã');
    expect(t2).toContain('data-testid="import-task-lead-t2"');
    const t3 = html.slice(html.indexOf('data-testid="import-task-t3"'));
    expect(textOf(t3)).toContain('Công an xã Mỹ An');
    expect(textOf(t3)).toContain('Công chức Văn hóa - Xã hội');
    expect(textOf(t3)).not.toContain('Chưa khớp đơn vị');
  });

  it('marks the tasks that need review, and only those', () => {
    for (const key of ['t1', 't2', 't3'])
      expect(html).toContain(`data-testid="import-task-${key}"`);
    const marks = (key: string, next: string | null) => {
      const start = html.indexOf(`data-testid="import-task-${key}"`);
      const end = next ? html.indexOf(`data-testid="import-task-${next}"`) : html.length;
      return count(html.slice(start, end), /data-review-mark="true"/g);
    };
    expect(marks('t1', 't2')).toBe(0);
    expect(marks('t2', 't3')).toBe(1);
    expect(marks('t3', null)).toBe(1);
  });

  it('offers "Tạo dự thảo" and "Tải văn bản gốc", disabled when the user may not create', () => {
    expect(text).toContain('Tạo dự thảo');
    expect(text).toContain('Tải văn bản gốc');
    const createButton =
      /<button[^>]*data-testid="import-create-draft"[^>]*>/.exec(html)?.[0] ?? '';
    expect(createButton).not.toContain('disabled');
    const refused = render(
      <ImportReviewView
        planImport={buildPlanImport({ can: { create: false } })}
        result={buildImportedPlan()}
      />,
    );
    expect(/<button[^>]*data-testid="import-create-draft"[^>]*>/.exec(refused)?.[0]).toContain(
      'disabled',
    );
  });
});

describe('the source pane', () => {
  it('lights the selected item’s lines and tags the overridden ones', () => {
    const html = render(
      <ImportSourcePane
        lines={TEST_LINES}
        spans={[{ from: 9, to: 10 }]}
        scrollToSpans={false}
        overrides={[{ line: 7, role: 'heading', level: 2 }]}
        onLineClick={() => undefined}
        onOverride={() => undefined}
        onClearOverride={() => undefined}
      />,
    );
    const lit = [...html.matchAll(/<div class="pp-source-row" data-line="(\d+)" data-lit=""/g)].map(
      (row) => Number(row[1]),
    );
    expect(lit).toEqual([9, 10]);
    expect(textOf(html)).toContain('Tiêu đề cấp 2');
  });
});

describe('the general information tab', () => {
  it('shows the header fields, the date as dd/mm/yyyy, and marks the uncertain date', () => {
    const html = render(
      <ImportHeaderPanel
        plan={buildImportedPlan()}
        selectedKey={null}
        onSelect={() => undefined}
        onEdit={() => undefined}
      />,
    );
    for (const field of ['issuedOn', 'year', 'number', 'symbol']) {
      expect(html).toContain(`id="import-item-field:${field}"`);
    }
    expect(html).toContain('value="15/01/2025"');
    expect(html).toContain('value="ỦY BAN NHÂN DÂN XÃ MỸ AN"');
    expect(html).toContain('value="12/KH-UBND"');
    const dateField = html.slice(
      html.indexOf('id="import-item-field:issuedOn"'),
      html.indexOf('id="import-item-field:year"'),
    );
    expect(count(dateField, /data-review-mark="true"/g)).toBe(1);
    const numberField = html.slice(
      html.indexOf('id="import-item-field:number"'),
      html.indexOf('id="import-item-field:symbol"'),
    );
    expect(count(numberField, /data-review-mark="true"/g)).toBe(0);
  });
});
