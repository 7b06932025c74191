import { describe, expect, it } from 'vitest';
import type { Organisation, OrganisationLabel } from '@contract/organisations';
import { i18next } from '@web/lib/signed-in-dictionary';
import { buildPickerNodes, type PickerNode } from './organisation-picker-nodes';

const t = i18next.getFixedT('vi');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

const unit = (id: string, name: string, parentId: string | null = null): Organisation => ({
  id,
  code: `DT.${name.length}`,
  name,
  type: 'department',
  parentId,
  validFrom: '2020-01-01',
  validTo: null,
  version: 1,
});

const PROVINCE = '10000000-0000-4000-8000-000000000001';
const OFFICE = '10000000-0000-4000-8000-000000000002';
const CLOSED = 'be00630d-7855-4000-8000-000000000003';
const TOWN = '10000000-0000-4000-8000-000000000004';
const SUCCESSOR = '10000000-0000-4000-8000-000000000005';
const GONE = '10000000-0000-4000-8000-000000000006';

const listed = [unit(PROVINCE, 'Tỉnh Đồng Tháp'), unit(OFFICE, 'Văn phòng UBND tỉnh', PROVINCE)];
const labels = new Map<string, OrganisationLabel>([
  [
    CLOSED,
    {
      id: CLOSED,
      code: 'DT.LV.PVHTT',
      name: 'Phòng Văn hóa và Thông tin',
      closedOn: '2025-06-30',
      successors: [],
    },
  ],
  [
    TOWN,
    {
      id: TOWN,
      code: 'DT.LV.TTLV',
      name: 'Thị trấn Lấp Vò',
      closedOn: '2025-06-30',
      successors: [{ id: SUCCESSOR, name: 'Xã Lấp Vò' }],
    },
  ],
]);

const titles = (nodes: PickerNode[]): string[] =>
  nodes.flatMap((node) => [node.title, ...titles(node.children)]);

describe('unit picker nodes', () => {
  it('names a picked closed unit the list does not offer, with its successor, never its id', () => {
    const nodes = buildPickerNodes({
      organisations: listed,
      value: [OFFICE, CLOSED, TOWN],
      labels,
      t,
    });
    expect(nodes.map((node) => node.value)).toEqual([PROVINCE, CLOSED, TOWN]);
    expect(nodes[1]!.title).toBe('Phòng Văn hóa và Thông tin (đã giải thể / sáp nhập)');
    expect(nodes[2]!.title).toBe('Thị trấn Lấp Vò (đã giải thể / sáp nhập vào Xã Lấp Vò)');
    for (const title of titles(nodes)) expect(title).not.toMatch(UUID);
  });

  it('shows a neutral title while labels load and for an id no unit has', () => {
    const loading = buildPickerNodes({
      organisations: listed,
      value: CLOSED,
      labels: undefined,
      t,
    });
    expect(loading[1]!.title).toBe('Đang tải tên đơn vị…');
    const unknown = buildPickerNodes({ organisations: listed, value: GONE, labels, t });
    expect(unknown[1]!.title).toBe('Đơn vị không còn trong danh sách');
    for (const title of [...titles(loading), ...titles(unknown)]) expect(title).not.toMatch(UUID);
  });

  it('adds nothing when every picked unit is listed', () => {
    const nodes = buildPickerNodes({ organisations: listed, value: OFFICE, labels: undefined, t });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.children.map((node) => node.title)).toEqual([
      `Văn phòng UBND tỉnh (${listed[1]!.code})`,
    ]);
  });
});
