import { describe, expect, it } from 'vitest';
import { validateFramework } from '@contract/framework-rules';
import { i18next } from '@web/lib/signed-in-dictionary';
import { describeScoringRule } from './describe-scoring-rule';
import {
  buildIdentityMapping,
  listDuplicateNewCodes,
  toCodeMapping,
  toFrameworkDefinition,
  toFrameworkToValidate,
} from './framework-definition';
import { buildArea, buildFramework, buildNode, buildSmallTree } from './framework-helpers.fixture';
import {
  addNode,
  deleteLeaf,
  listParentCandidates,
  suggestChildCode,
  updateNode,
} from './node-edits';
import { buildNodeTreeRows, groupIssuesByCode, listRowKeys } from './node-tree-rows';
import { toNodeFormValues, toNodeFromForm } from './node-form-values';

const t = i18next.getFixedT('vi');

describe('node tree rows', () => {
  it('nests children under their area in natural code order', () => {
    const rows = buildNodeTreeRows(buildSmallTree());
    expect(rows.map((row) => row.key)).toEqual(['1', '2']);
    expect(rows[0]?.children?.map((row) => row.key)).toEqual(['1.1', '1.2']);
    expect(rows[1]?.children).toBeUndefined();
  });

  it('orders "1.10" after "1.9"', () => {
    const nodes = [buildArea('1', 2), buildNode('1.10', '1', 1), buildNode('1.9', '1', 1)];
    expect(buildNodeTreeRows(nodes)[0]?.children?.map((row) => row.key)).toEqual(['1.9', '1.10']);
  });

  it('still shows a node whose parent does not exist, at the top level', () => {
    const nodes = [...buildSmallTree(), buildNode('9.1', '9', 1)];
    expect(listRowKeys(buildNodeTreeRows(nodes))).toContain('9.1');
  });

  it('shows each node of a parent loop once', () => {
    const nodes = [buildNode('1.1', '1.2', 1), buildNode('1.2', '1.1', 1)];
    expect(listRowKeys(buildNodeTreeRows(nodes)).sort()).toEqual(['1.1', '1.2']);
  });

  it('groups validation issues by node code', () => {
    const grouped = groupIssuesByCode([
      { code: '1.1', message: 'a' },
      { code: null, message: 'b' },
      { code: '1.1', message: 'c' },
    ]);
    expect(grouped.get('1.1')).toEqual(['a', 'c']);
    expect(grouped.get(null)).toEqual(['b']);
  });
});

describe('describing a scoring rule in Vietnamese', () => {
  it('names a ratio with threshold and its percentage', () => {
    expect(describeScoringRule({ type: 'ratio_threshold', threshold: 95 }, t)).toBe(
      'Tỷ lệ, ngưỡng 95 %',
    );
  });

  it('lists tiers with Vietnamese decimals', () => {
    const rule = {
      type: 'tiered' as const,
      tiers: [
        { label: 'Đúng hạn', points: 1 },
        { label: 'Trễ hạn', points: 0.5 },
      ],
    };
    expect(describeScoringRule(rule, t)).toBe('Theo mức: Đúng hạn 1; Trễ hạn 0,5');
  });

  it('says how much a violation costs', () => {
    expect(describeScoringRule({ type: 'deduction', pointsPerEvent: 0.25 }, t)).toBe(
      'Trừ 0,25 điểm mỗi lần vi phạm',
    );
  });

  it('calls a survey rule Điều tra XHH', () => {
    expect(describeScoringRule({ type: 'survey' }, t)).toBe('Điều tra XHH');
  });
});

describe('editing the node list', () => {
  it('adding a child to a leaf drops the leaf’s own rule', () => {
    const nodes = addNode(buildSmallTree(), buildNode('2.1', '2', 4));
    expect(nodes.find((node) => node.code === '2')?.rule).toBeUndefined();
    expect(validateFramework(toFrameworkToValidate(buildFramework(), nodes))).toEqual([]);
  });

  it('renaming a parent carries the new code to its children', () => {
    const nodes = buildSmallTree();
    const area = nodes.find((node) => node.code === '1');
    if (!area) throw new Error('fixture');
    const renamed = updateNode(nodes, '1', { ...area, code: 'A' });
    expect(
      renamed
        .filter((node) => node.parentCode === 'A')
        .map((node) => node.code)
        .sort(),
    ).toEqual(['1.1', '1.2']);
  });

  it('moving a leaf to another area shows up in live validation as unequal sums', () => {
    const nodes = buildSmallTree();
    const leaf = buildNode('1.1', '1', 2);
    const moved = updateNode(nodes, '1.1', { ...leaf, parentCode: '2' });
    const issues = validateFramework(toFrameworkToValidate(buildFramework(), moved));
    expect(issues.map((issue) => issue.code)).toContain('1');
  });

  it('deletes a leaf but refuses a node that has children', () => {
    expect(deleteLeaf(buildSmallTree(), '1.2')?.map((node) => node.code)).toEqual([
      '2',
      '1',
      '1.1',
    ]);
    expect(deleteLeaf(buildSmallTree(), '1')).toBeNull();
  });

  it('never offers a node’s own subtree as its new parent', () => {
    expect(listParentCandidates(buildSmallTree(), '1')).toEqual(['2']);
    expect(listParentCandidates(buildSmallTree(), null)).toEqual(['1', '1.1', '1.2', '2']);
  });

  it('suggests the next free child code', () => {
    expect(suggestChildCode(buildSmallTree(), '1')).toBe('1.3');
    expect(suggestChildCode(buildSmallTree(), null)).toBe('3');
  });
});

describe('saving and copying', () => {
  it('a sound framework passes live validation', () => {
    const framework = buildFramework();
    expect(validateFramework(toFrameworkToValidate(framework, framework.nodes))).toEqual([]);
  });

  it('saves with default grade bands left to the server', () => {
    const definition = toFrameworkDefinition(buildFramework(), buildSmallTree());
    expect(definition.gradeBands).toBeNull();
    expect(definition.nodes).toHaveLength(4);
  });

  it('sends only the codes that change in the copy mapping', () => {
    const rows = buildIdentityMapping(buildSmallTree());
    const changed = rows.map((row) => (row.oldCode === '1.2' ? { ...row, newCode: ' 1.3 ' } : row));
    expect(toCodeMapping(changed)).toEqual({ '1.2': '1.3' });
  });

  it('finds two old codes mapped to the same new code', () => {
    const rows = buildIdentityMapping(buildSmallTree()).map((row) =>
      row.oldCode === '1.2' ? { ...row, newCode: '1.1' } : row,
    );
    expect(listDuplicateNewCodes(rows)).toEqual(['1.1']);
  });
});

describe('the node form', () => {
  it('turns a threshold rule into form fields and back unchanged', () => {
    const node = buildNode('3.2', '3', 2, {
      rule: { type: 'ratio_threshold', threshold: 95 },
      evidence: 'Báo cáo',
      level: 'sub_criterion',
      applicability: { exemptUnitTypes: ['department'], note: 'Không giải quyết TTHC' },
    });
    expect(toNodeFromForm(toNodeFormValues(node), node)).toEqual(node);
  });

  it('leaves a parent without a rule when no rule type is chosen', () => {
    const values = { ...toNodeFormValues(buildArea('1', 6)), ruleType: undefined };
    expect(toNodeFromForm(values).rule).toBeUndefined();
  });

  it('keeps a missing threshold as a number validation will name', () => {
    const values = {
      ...toNodeFormValues(buildNode('1.1', '1', 2)),
      ruleType: 'ratio_threshold' as const,
    };
    const node = toNodeFromForm({ ...values, threshold: null });
    expect(node.rule).toEqual({ type: 'ratio_threshold', threshold: Number.NaN });
  });
});

describe('node form and the KPI key (mã KPI)', () => {
  const node = {
    code: '3.3.1',
    parentCode: '3.3',
    name: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn',
    maxPoints: 4,
    method: 'appraised' as const,
    rule: { type: 'ratio_threshold' as const, threshold: 95 },
    kpiKey: 'on_time',
  };

  it('keeps the key while the rule stays a ratio', () => {
    const values = { ...toNodeFormValues(node), threshold: 90 };
    expect(toNodeFromForm(values, node)).toMatchObject({
      kpiKey: 'on_time',
      rule: { type: 'ratio_threshold', threshold: 90 },
    });
  });

  it('drops it when the rule stops being a ratio, or when it is cleared', () => {
    const values = { ...toNodeFormValues(node), ruleType: 'binary' as const };
    expect(toNodeFromForm(values, node).kpiKey).toBeUndefined();
    const cleared = { ...toNodeFormValues(node), kpiKey: null };
    expect(toNodeFromForm(cleared, node).kpiKey).toBeUndefined();
  });

  it('takes a key chosen in the form', () => {
    const values = { ...toNodeFormValues({ ...node, kpiKey: undefined }), kpiKey: 'online_share' };
    expect(toNodeFromForm(values).kpiKey).toBe('online_share');
  });
});
