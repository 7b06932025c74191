// The node workbook of a framework: one row per node (mã, mã cấp trên, tên, điểm tối đa, cấp,
// phương thức, quy tắc và tham số, tài liệu kiểm chứng, cơ quan tham mưu, không áp dụng cho, …).
// Reading turns rows into nodes or row-level Vietnamese errors; framework-workbook-export.ts
// writes the same layout, so an exported file imports back unchanged.
import type { ErrorDetail } from '@contract/common';
import {
  NODE_LEVEL_LABELS,
  NODE_LEVELS,
  SCORING_METHOD_LABELS,
  SCORING_METHODS,
  type FrameworkNode,
  type NodeLevel,
  type ScoringMethod,
} from '@domain/frameworks/framework';
import {
  SCORING_RULE_LABELS,
  SCORING_RULE_TYPES,
  type ScoringRule,
  type ScoringRuleType,
} from '@domain/frameworks/scoring-rule';
import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '@domain/organisations/organisation-type';
import { unknownKpiKeyProblem } from '@domain/frameworks/kpi-key';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { parseViNumber } from '@domain/shared/vi-format';
import type { SheetCell, SheetTable } from '../documents/spreadsheet-reader';
import { validationError } from '../http/app-error';

type Field =
  | 'code'
  | 'parentCode'
  | 'name'
  | 'maxPoints'
  | 'level'
  | 'method'
  | 'ruleType'
  | 'ruleParameters'
  | 'evidence'
  | 'kpiKey'
  | 'defaultLeadUnit'
  | 'exemptUnitTypes'
  | 'applicabilityNote'
  | 'exemptable'
  | 'requiresEvidence'
  | 'zeroWithoutEvidence'
  | 'isBonus'
  | 'childrenMaxMayDiffer';

/** The header of each column, as exported (and accepted on import). */
export const NODE_COLUMN_HEADERS: Record<Field, string> = {
  code: 'Mã',
  parentCode: 'Mã cấp trên',
  name: 'Tên tiêu chí',
  maxPoints: 'Điểm tối đa',
  level: 'Cấp',
  method: 'Phương thức đánh giá',
  ruleType: 'Quy tắc chấm điểm',
  ruleParameters: 'Tham số quy tắc',
  evidence: 'Tài liệu kiểm chứng',
  kpiKey: 'Mã KPI',
  defaultLeadUnit: 'Cơ quan tham mưu',
  exemptUnitTypes: 'Không áp dụng cho',
  applicabilityNote: 'Ghi chú áp dụng',
  exemptable: 'Đơn vị được miễn',
  requiresEvidence: 'Bắt buộc minh chứng',
  zeroWithoutEvidence: 'Không minh chứng thì 0 điểm',
  isBonus: 'Điểm thưởng',
  childrenMaxMayDiffer: 'Tổng điểm con có thể khác',
};

const HEADER_ALIASES: Record<Field, string[]> = {
  code: ['ma', 'ma tieu chi', 'code'],
  parentCode: ['ma cap tren', 'ma tieu chi cap tren', 'parent code', 'parentcode'],
  name: ['ten tieu chi', 'ten', 'noi dung', 'name'],
  maxPoints: ['diem toi da', 'toi da', 'max points', 'maxpoints'],
  level: ['cap', 'level'],
  method: ['phuong thuc danh gia', 'phuong thuc', 'method'],
  ruleType: ['quy tac cham diem', 'quy tac', 'cach tinh diem', 'rule', 'rule type'],
  ruleParameters: ['tham so quy tac', 'tham so', 'parameters', 'rule parameters'],
  evidence: ['tai lieu kiem chung', 'evidence'],
  kpiKey: ['ma kpi', 'kpi', 'kpi key', 'kpikey'],
  defaultLeadUnit: ['co quan tham muu', 'co quan tham muu mac dinh', 'default lead unit'],
  exemptUnitTypes: ['khong ap dung cho', 'mien ap dung', 'exempt unit types'],
  applicabilityNote: ['ghi chu ap dung', 'applicability note'],
  exemptable: ['don vi duoc mien', 'duoc mien', 'exemptable'],
  requiresEvidence: ['bat buoc minh chung', 'requires evidence'],
  zeroWithoutEvidence: [
    'khong minh chung thi 0 diem',
    'khong co minh chung thi 0 diem',
    'zero without evidence',
  ],
  isBonus: ['diem thuong', 'bonus', 'is bonus'],
  childrenMaxMayDiffer: ['tong diem con co the khac', 'children max may differ'],
};

const REQUIRED: Field[] = ['code', 'parentCode', 'name', 'maxPoints'];

/** Short Vietnamese names of unit types, written in "Không áp dụng cho" ("Sở; Xã"). */
export const UNIT_TYPE_SHORT: Record<OrganisationType, string> = {
  province: 'Tỉnh',
  department: 'Sở',
  district: 'Huyện',
  commune: 'Xã',
  sub_unit: 'Phòng',
};

const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Looks a value up by its key or any of its labels, ignoring case and accents. */
function lookup<K extends string>(text: string, entries: Choices<K>): K | null {
  const folded = fold(text);
  for (const [key, ...labels] of entries) {
    if ([key, ...labels].some((label) => fold(label) === folded)) return key;
  }
  return null;
}

/** A value and the labels it may be written as (its key first). */
type Choices<K extends string> = [K, ...string[]][];

const LEVELS: Choices<NodeLevel> = NODE_LEVELS.map((level) => [level, NODE_LEVEL_LABELS[level]]);
const METHODS: Choices<ScoringMethod> = SCORING_METHODS.map((method) => [
  method,
  SCORING_METHOD_LABELS[method],
  method === 'survey' ? 'Điều tra' : 'Tự đánh giá',
]);
const RULE_TYPES: Choices<ScoringRuleType> = SCORING_RULE_TYPES.map((type) => [
  type,
  SCORING_RULE_LABELS[type],
]);
const UNIT_TYPES: Choices<OrganisationType> = ORGANISATION_TYPES.map((type) => [
  type,
  UNIT_TYPE_SHORT[type],
  ORGANISATION_TYPE_LABELS[type],
]);

/** The nodes a workbook holds, and the spreadsheet row each code came from. */
export interface ParsedNodes {
  nodes: FrameworkNode[];
  rowOfCode: Map<string, number>;
}

/** Reads the node rows, or throws a 400 listing every bad row (nothing is written). */
export function readFrameworkNodes(table: SheetTable): ParsedNodes {
  const column = locateColumns(table.headers);
  const errors: ErrorDetail[] = [];
  const nodes: FrameworkNode[] = [];
  const rowOfCode = new Map<string, number>();
  for (const row of table.rows) {
    const read = (field: Field) =>
      column[field] === undefined ? '' : (row.values[column[field]] ?? '').trim();
    const cell = (field: Field): SheetCell =>
      column[field] === undefined ? '' : (row.cells[column[field]] ?? '');
    const fail = (field: Field, message: string) =>
      errors.push({ row: row.rowNumber, field, message: `Dòng ${row.rowNumber}: ${message}` });
    const node = readNode(read, cell, fail);
    if (!node) continue;
    nodes.push(node);
    if (!rowOfCode.has(node.code)) rowOfCode.set(node.code, row.rowNumber);
  }
  if (table.rows.length === 0) errors.push({ row: 2, message: 'Tệp không có dòng tiêu chí nào.' });
  if (errors.length) {
    throw validationError(
      `Tệp có ${errors.length} lỗi; chưa có dòng nào được ghi. Sửa các lỗi dưới đây rồi nhập lại.`,
      errors,
    );
  }
  return { nodes, rowOfCode };
}

function locateColumns(headers: string[]): Partial<Record<Field, number>> {
  const folded = headers.map(fold);
  const column: Partial<Record<Field, number>> = {};
  for (const field of Object.keys(HEADER_ALIASES) as Field[]) {
    const position = folded.findIndex((header) => HEADER_ALIASES[field].includes(header));
    if (position >= 0) column[field] = position;
  }
  const missing = REQUIRED.filter((field) => column[field] === undefined).map(
    (field) => NODE_COLUMN_HEADERS[field],
  );
  if (missing.length) {
    const message = `Tệp thiếu cột: ${missing.join(', ')}. Dòng đầu tiên phải là tiêu đề cột.`;
    throw validationError(message, [{ row: 1, field: null, message }]);
  }
  return column;
}

function readNode(
  read: (field: Field) => string,
  cell: (field: Field) => SheetCell,
  fail: (field: Field, message: string) => void,
): FrameworkNode | null {
  const code = read('code');
  if (code === '') {
    fail('code', 'chưa có mã tiêu chí.');
    return null;
  }
  const maxCell = cell('maxPoints');
  const maxPoints = typeof maxCell === 'number' ? maxCell : parseViNumber(maxCell);
  if (maxPoints === null) fail('maxPoints', `điểm tối đa «${maxCell}» không phải là số.`);
  const node: FrameworkNode = {
    code,
    parentCode: read('parentCode') || null,
    name: read('name'),
    maxPoints: maxPoints ?? 0,
  };
  const level = optionalLookup(read('level'), LEVELS, 'cấp', (m) => fail('level', m));
  if (level) node.level = level;
  const method = optionalLookup(read('method'), METHODS, 'phương thức đánh giá', (m) =>
    fail('method', m),
  );
  if (method) node.method = method;
  const ruleType = optionalLookup(read('ruleType'), RULE_TYPES, 'quy tắc chấm điểm', (m) =>
    fail('ruleType', m),
  );
  if (ruleType) {
    const rule = readRule(ruleType, read('ruleParameters'), maxPoints ?? 0, (m) =>
      fail('ruleParameters', m),
    );
    if (rule) node.rule = rule;
  }
  if (read('evidence')) node.evidence = read('evidence');
  // «Mã KPI»: the key as exported (on_time); its fit with the rule is validateFramework's check.
  const kpiKey = read('kpiKey');
  if (kpiKey) {
    const problem = unknownKpiKeyProblem(kpiKey);
    if (problem) fail('kpiKey', problem);
    else node.kpiKey = kpiKey;
  }
  if (read('defaultLeadUnit')) node.defaultLeadUnit = read('defaultLeadUnit');
  const exempt = readUnitTypes(read('exemptUnitTypes'), (m) => fail('exemptUnitTypes', m));
  const applicabilityNote = read('applicabilityNote');
  const exemptable = readFlag(read('exemptable'));
  if (exemptable === null) fail('exemptable', flagProblem('exemptable'));
  if (exempt.length || applicabilityNote || exemptable) {
    node.applicability = {
      ...(exempt.length ? { exemptUnitTypes: exempt } : {}),
      ...(applicabilityNote ? { note: applicabilityNote } : {}),
      ...(exemptable ? { exemptable: true } : {}),
    };
  }
  for (const flag of ['zeroWithoutEvidence', 'isBonus', 'childrenMaxMayDiffer'] as const) {
    const value = readFlag(read(flag));
    if (value === null) fail(flag, flagProblem(flag));
    else if (value) node[flag] = true;
  }
  // «Bắt buộc minh chứng»: blank follows the evidence text; «Không» is kept (an override).
  const requiresEvidenceText = read('requiresEvidence');
  if (requiresEvidenceText !== '') {
    const value = readFlag(requiresEvidenceText);
    if (value === null) fail('requiresEvidence', flagProblem('requiresEvidence'));
    else node.requiresEvidence = value;
  }
  return node;
}

function optionalLookup<K extends string>(
  text: string,
  entries: Choices<K>,
  what: string,
  fail: (message: string) => void,
): K | null {
  if (text === '') return null;
  const key = lookup(text, entries);
  if (!key) {
    const known = entries.map(([, label]) => `«${label ?? ''}»`).join(', ');
    fail(`${what} «${text}» không hợp lệ; dùng một trong: ${known}.`);
  }
  return key;
}

/** Reads "Có"/"x" as true, empty/"Không" as false, anything else as null (an error). */
function flagProblem(field: Field): string {
  return `cột «${NODE_COLUMN_HEADERS[field]}» chỉ nhận «Có», «Không» hoặc để trống.`;
}

function readFlag(text: string): boolean | null {
  const folded = fold(text);
  if (['', 'khong', 'false', '0', 'no'].includes(folded)) return false;
  if (['co', 'x', 'true', '1', 'yes'].includes(folded)) return true;
  return null;
}

function readNumberParameter(text: string, what: string, fail: (m: string) => void) {
  const value = parseViNumber(text);
  if (value === null) fail(`${what} «${text}» không phải là số.`);
  return value;
}

function readRule(
  type: ScoringRuleType,
  parameters: string,
  maxPoints: number,
  fail: (message: string) => void,
): ScoringRule | null {
  switch (type) {
    case 'binary':
    case 'ratio':
    case 'survey':
      return { type };
    case 'ratio_threshold': {
      const threshold = readNumberParameter(parameters, 'ngưỡng (%)', fail);
      return threshold === null ? null : { type, threshold };
    }
    case 'deduction': {
      const pointsPerEvent = readNumberParameter(parameters, 'số điểm trừ mỗi lần', fail);
      return pointsPerEvent === null ? null : { type, pointsPerEvent };
    }
    case 'bonus': {
      if (parameters === '') return { type, maxBonus: maxPoints };
      const maxBonus = readNumberParameter(parameters, 'điểm thưởng tối đa', fail);
      return maxBonus === null ? null : { type, maxBonus };
    }
    case 'tiered':
      return readTiers(parameters, fail);
  }
}

/** "Ban hành đúng hạn: 1; Trễ hạn: 0,5; Không ban hành: 0" → tiers. */
function readTiers(text: string, fail: (message: string) => void): ScoringRule | null {
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) {
    fail('quy tắc theo mức cần tham số dạng «Mức 1: điểm; Mức 2: điểm».');
    return null;
  }
  const tiers = [];
  for (const part of parts) {
    const cut = part.lastIndexOf(':');
    const points = cut > 0 ? parseViNumber(part.slice(cut + 1)) : null;
    if (points === null) {
      fail(`mức «${part}» phải có dạng «tên mức: điểm».`);
      return null;
    }
    tiers.push({ label: part.slice(0, cut).trim(), points });
  }
  return { type: 'tiered', tiers };
}

function readUnitTypes(text: string, fail: (message: string) => void): OrganisationType[] {
  const types: OrganisationType[] = [];
  for (const item of text.split(/[;\n]/).map((part) => part.trim())) {
    if (item === '') continue;
    const whole = lookup(item, UNIT_TYPES);
    const pieces = whole ? [whole] : item.split(',').map((piece) => lookup(piece, UNIT_TYPES));
    pieces.forEach((type, index) => {
      if (type) types.push(type);
      else fail(`loại đơn vị «${whole ? item : item.split(',')[index]?.trim()}» không hợp lệ.`);
    });
  }
  return [...new Set(types)];
}
