// Imports many units' results from one workbook. Every value is checked first — the unit exists
// (by code, or by name without accents), the framework applies to it and the importer may enter
// its results; the node exists; the value is a number not above the node's max (bonus nodes:
// their bonus ceiling) — and a 400 lists every bad row before anything is written. A value on a
// parent node (area, criterion) with nothing under it in the file is an entry at that level, as
// decisions publish results per area; with values under it, it is the file's printed subtotal,
// like the "Tổng" / "Chỉ số" rows. Printed figures that differ from the recomputed ones by more
// than 0,01, a unit with no score at all, and a unit whose index would be 0 refuse the whole file
// with the reason per unit (results not entered are not zero). A dry run returns the same
// preview, or the same refusal, and writes nothing.
import type { ErrorDetail } from '@contract/common';
import type { IMPORT_SCORE_FIELDS, ResultsImport } from '@contract/results';
import type { Framework, FrameworkNode } from '@domain/frameworks/framework';
import { ancestorCodes, frameworkTree, isLeafCode } from '@domain/frameworks/framework-tree';
import {
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
} from '@domain/organisations/organisation-type';
import { grantRootsFor } from '@domain/permissions/can';
import {
  checkResultAgainstFramework,
  compareGivenTotals,
  type GivenTotals,
} from '@domain/results/check-result';
import type { NodeResult, ScoreField } from '@domain/results/node-result';
import { rollUpResult, type RolledUpResult } from '@domain/results/roll-up';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { validationError, versionMismatch } from '../http/app-error';
import { assertNoMergedCells, readSpreadsheet } from '../documents/spreadsheet-reader';
import { refuseForbiddenCells } from '../documents/sheet-text';
import { listOrganisationsUnder } from '../organisations/organisation.repository';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';
import { foldKey, readResultsWorkbook, type ImportedWorkbook } from './result-workbook';
import { toNodeResult, toNodeValues, unitBrief } from './result.service';
import * as repo from './result.repository';

type ImportScoreField = (typeof IMPORT_SCORE_FIELDS)[number];

const TOTAL_SCORE_ROWS = new Set(['tong', 'tong cong', 'tong diem', 'tong so', 'cong', 'total']);
const TOTAL_INDEX_ROWS = new Set(['chi so', 'chi so cchc', 'index']);

interface PlannedEntry {
  value: number | 'not_applicable';
  place: string;
  rowNumber: number;
}

/** What the file gives one unit. */
interface UnitPlan {
  unit: repo.ResultUnitRow;
  entries: Map<string, PlannedEntry>;
  /** Values on parent nodes: entries at that level, or printed subtotals (decided once all cells are read). */
  parentValues: Map<string, PlannedEntry & { value: number }>;
  given: GivenTotals;
  /** The row of each printed figure ('score', 'indexPercent' or a node code), for messages. */
  givenRows: Map<string, number>;
}

/** Which score a number fills: 'auto' puts it in the survey score of survey-scored leaves, else the appraisal. */
function scoreFieldFor(field: ImportScoreField, node: FrameworkNode): ScoreField {
  if (field !== 'auto') return field;
  return node.method === 'survey' || node.rule?.type === 'survey'
    ? 'surveyScore'
    : 'appraisedScore';
}

/** Finds a unit by code (any letter case) or by its name without accents, if only one has it. */
function unitMatcher(units: repo.ResultUnitRow[]) {
  const byCode = new Map(units.map((unit) => [unit.code.toLowerCase(), unit]));
  const byName = new Map<string, repo.ResultUnitRow[]>();
  for (const unit of units) {
    const key = foldVietnamese(unit.name);
    byName.set(key, [...(byName.get(key) ?? []), unit]);
  }
  return (text: string): { unit: repo.ResultUnitRow } | { error: string } => {
    const byItsCode = byCode.get(text.trim().toLowerCase());
    if (byItsCode) return { unit: byItsCode };
    const named = byName.get(foldVietnamese(text)) ?? [];
    if (named.length === 1) return { unit: named[0]! };
    if (named.length > 1)
      return {
        error: `tên «${text}» trùng với ${named.length} đơn vị; hãy dùng mã đơn vị (${named.map((unit) => unit.code).join(', ')}).`,
      };
    return { error: `«${text}» không khớp mã hoặc tên đơn vị nào.` };
  };
}

/** Resolves every cell to a unit and node, collecting each problem once. */
async function planImport(
  ctx: ReadContext,
  framework: Framework,
  workbook: ImportedWorkbook,
  field: ImportScoreField,
): Promise<{ plans: Map<string, UnitPlan>; errors: ErrorDetail[] }> {
  const { db, actor } = ctx;
  const errors: ErrorDetail[] = [...workbook.errors];
  const reported = new Set(errors.map((error) => error.message));
  const fail = (row: number, where: string | null, message: string) => {
    if (reported.has(message)) return;
    reported.add(message);
    errors.push({ row, field: where, message });
  };
  const matchUnit = unitMatcher(await repo.listTenantUnits(db, actor.tenantId));
  const reachable = await listOrganisationsUnder(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'result.import'),
    { includeClosed: true, today: ctx.today },
  );
  const allowed = new Set(reachable.map((unit) => unit.id));
  const tree = frameworkTree(framework.nodes);
  const plans = new Map<string, UnitPlan>();

  for (const cell of workbook.cells) {
    const match = matchUnit(cell.unitText);
    const unitFail = (message: string) =>
      fail(cell.unitRow, cell.unitText, `${cell.unitPlace}: ${message}`);
    if ('error' in match) {
      unitFail(match.error);
      continue;
    }
    const { unit } = match;
    if (!(framework.unitTypes as string[]).includes(unit.type)) {
      const label = ORGANISATION_TYPE_LABELS[unit.type as OrganisationType] ?? unit.type;
      unitFail(`bộ chỉ số ${framework.code} không áp dụng cho «${unit.name}» (${label}).`);
      continue;
    }
    if (!allowed.has(unit.id)) {
      unitFail(`bạn không có quyền nhập kết quả cho «${unit.name}».`);
      continue;
    }
    let plan = plans.get(unit.id);
    if (!plan) {
      plan = { unit, entries: new Map(), parentValues: new Map(), given: {}, givenRows: new Map() };
      plans.set(unit.id, plan);
    }
    const key = foldKey(cell.nodeText);
    const isTotal = TOTAL_SCORE_ROWS.has(key) || TOTAL_INDEX_ROWS.has(key);
    const node = isTotal ? undefined : tree.byCode.get(cell.nodeText);
    if (!isTotal && !node) {
      fail(
        cell.rowNumber,
        'nodeCode',
        `Dòng ${cell.rowNumber}: không có tiêu chí mã «${cell.nodeText}» trong bộ chỉ số ${framework.code}.`,
      );
      continue;
    }
    if (cell.value === 'not_applicable' && (isTotal || !isLeafCode(tree, node!.code))) {
      fail(
        cell.rowNumber,
        cell.unitText,
        `${cell.place}: chỉ đánh dấu «không áp dụng» ở tiêu chí không có tiêu chí con.`,
      );
      continue;
    }
    if (cell.value !== 'not_applicable' && isTotal) {
      const field = TOTAL_SCORE_ROWS.has(key) ? 'score' : 'indexPercent';
      plan.given[field] = cell.value;
      plan.givenRows.set(field, cell.rowNumber);
      continue;
    }
    const earlier = plan.entries.get(node!.code) ?? plan.parentValues.get(node!.code);
    if (earlier) {
      fail(
        cell.rowNumber,
        cell.unitText,
        `${cell.place}: tiêu chí «${node!.code}» của «${unit.name}» đã có điểm ở ${earlier.place}.`,
      );
      continue;
    }
    const planned = { place: cell.place, rowNumber: cell.rowNumber };
    if (cell.value !== 'not_applicable' && !isLeafCode(tree, node!.code)) {
      plan.parentValues.set(node!.code, { ...planned, value: cell.value });
    } else {
      plan.entries.set(node!.code, { ...planned, value: cell.value });
    }
  }

  for (const plan of plans.values()) {
    // A parent's value is its entry when the file gives nothing under it, else a printed subtotal.
    const valued = [...plan.entries.keys(), ...plan.parentValues.keys()];
    for (const [code, entry] of plan.parentValues) {
      const hasBelow = valued.some((other) => ancestorCodes(tree, other).includes(code));
      if (!hasBelow) {
        plan.entries.set(code, entry);
        continue;
      }
      plan.given.nodes = { ...plan.given.nodes, [code]: { score: entry.value } };
      plan.givenRows.set(code, entry.rowNumber);
    }
  }

  for (const plan of plans.values()) {
    const scored: NodeResult[] = [...plan.entries]
      .filter(([, entry]) => entry.value !== 'not_applicable')
      .map(([code, entry]) => ({
        nodeCode: code,
        [scoreFieldFor(field, tree.byCode.get(code)!)]: entry.value,
      }));
    for (const issue of checkResultAgainstFramework(framework, scored)) {
      const entry = plan.entries.get(issue.code ?? '');
      if (entry)
        fail(
          entry.rowNumber,
          plan.unit.name,
          `${entry.place} (${plan.unit.name}): ${issue.message}`,
        );
    }
  }
  if (workbook.cells.length === 0 && errors.length === 0)
    fail(2, null, 'Tệp không có điểm nào để nhập.');
  return { plans, errors };
}

/** Sai số làm tròn: a printed figure may differ from the recomputed one by this much (0,01). */
const ROUNDING_TOLERANCE = 0.01;

const show = (value: number) => formatViNumber(value, 4);

/**
 * Why one unit of the file cannot be imported, in Vietnamese and naming the unit: no score at
 * all, an index of 0, or a printed total, index or subtotal that differs from the recomputed one
 * by more than 0,01 (or cannot be recomputed because nodes under it have no score).
 */
function refusalsOf(plan: UnitPlan, rolledUp: RolledUpResult): ErrorDetail[] {
  const unit = `Đơn vị ${plan.unit.name}`;
  const refusals: ErrorDetail[] = [];
  const refuse = (row: number, message: string) =>
    refusals.push({ row, field: plan.unit.code, message: `${unit}: ${message}` });
  const entryRows = [...plan.entries.values()].map((entry) => entry.rowNumber);
  const firstRow = entryRows.length ? Math.min(...entryRows) : 2;
  const scores = [...plan.entries.values()].filter((entry) => entry.value !== 'not_applicable');
  if (scores.length === 0) {
    refuse(
      firstRow,
      'tệp không có điểm tiêu chí nào (ô trống không phải là 0 điểm); không thể tính tổng điểm và chỉ số.',
    );
    return refusals;
  }
  const { totals } = rolledUp;
  if (totals.indexPercent === 0) {
    refuse(
      firstRow,
      'chỉ số tính được là 0 — mọi tiêu chí đều 0 điểm; kiểm tra lại cột điểm của đơn vị.',
    );
  }
  const differs = (given: number, computed: number | null) =>
    computed === null || Math.abs(given - computed) > ROUNDING_TOLERANCE + 1e-9;
  const incomplete = (state: string) =>
    state === 'scored' ? '' : ' (còn tiêu chí chưa có điểm, chưa tính đủ)';
  const { given } = plan;
  if (given.score !== undefined && differs(given.score, totals.score)) {
    refuse(
      plan.givenRows.get('score') ?? firstRow,
      `tổng điểm trong tệp ${show(given.score)} khác tổng tính được ${show(totals.score)}${incomplete(totals.scoreState)}.`,
    );
  }
  if (given.indexPercent !== undefined && differs(given.indexPercent, totals.indexPercent)) {
    refuse(
      plan.givenRows.get('indexPercent') ?? firstRow,
      totals.indexPercent === null
        ? `chỉ số trong tệp ${show(given.indexPercent)} nhưng chưa tính được chỉ số vì còn lĩnh vực chưa có điểm.`
        : `chỉ số trong tệp ${show(given.indexPercent)} khác chỉ số tính được ${show(totals.indexPercent)}.`,
    );
  }
  const nodesByCode = new Map(rolledUp.nodes.map((node) => [node.code, node]));
  for (const [code, figures] of Object.entries(given.nodes ?? {})) {
    const node = nodesByCode.get(code);
    if (!node || figures.score === undefined || !differs(figures.score, node.score)) continue;
    refuse(
      plan.givenRows.get(code) ?? firstRow,
      `điểm của «${code}» trong tệp ${show(figures.score)} khác điểm tính được từ các tiêu chí con ${show(node.score)}${incomplete(node.scoreState)}.`,
    );
  }
  return refusals;
}

/** Imports (or previews, on a dry run) the workbook's results for every unit it names. */
export async function importResults(
  ctx: ServiceContext,
  input: {
    frameworkId: string;
    file: { buffer: Buffer; fileName: string };
    dryRun: boolean;
    field: ImportScoreField;
    source: { decisionNumber: string; decisionDate: string | null } | null;
  },
): Promise<ResultsImport> {
  const { db, actor, audit } = ctx;
  const { frameworkId, file, ...options } = input;
  const tenantId = actor.tenantId;
  const row = await getFrameworkRow(db, tenantId, frameworkId);
  const framework = frameworkOf(row);
  const table = await readSpreadsheet(file.buffer, file.fileName);
  refuseForbiddenCells(table);
  assertNoMergedCells(table);
  const workbook = readResultsWorkbook(table);
  const { plans, errors } = await planImport(ctx, framework, workbook, options.field);
  if (errors.length) {
    throw validationError(
      `Tệp có ${errors.length} lỗi; chưa có dữ liệu nào được ghi. Sửa các lỗi dưới đây rồi nhập lại.`,
      errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    );
  }
  const tree = frameworkTree(framework.nodes);
  // Everything is computed and checked before the first write: all units or none.
  const prepared = [];
  const refusals: ErrorDetail[] = [];
  for (const plan of plans.values()) {
    const current = await repo.findUnitResult(db, tenantId, row.id, plan.unit.id);
    const stored = current ? await repo.listResultNodes(db, tenantId, [current.id]) : [];
    const merged = new Map(stored.map((node) => [node.nodeCode, toNodeValues(toNodeResult(node))]));
    // A branch is entered at one level: a value from the file replaces what was stored above
    // or under it (an area from a decision replaces its sub-criteria, and the other way round).
    for (const code of plan.entries.keys()) {
      for (const other of [...merged.keys()]) {
        if (plan.entries.has(other)) continue;
        const isRelated =
          ancestorCodes(tree, other).includes(code) || ancestorCodes(tree, code).includes(other);
        if (isRelated) merged.delete(other);
      }
    }
    for (const [code, entry] of plan.entries) {
      const values = merged.get(code) ?? toNodeValues({ nodeCode: code });
      if (entry.value === 'not_applicable') values.notApplicable = true;
      else {
        values[scoreFieldFor(options.field, tree.byCode.get(code)!)] = entry.value;
        values.notApplicable = false;
      }
      merged.set(code, values);
    }
    const rolledUp = rollUpResult(framework, [...merged.values()].map(toNodeResult), {
      unitType: plan.unit.type as OrganisationType,
    });
    const given = Object.keys(plan.given).length ? plan.given : null;
    refusals.push(...refusalsOf(plan, rolledUp));
    prepared.push({ plan, current, merged, given, rolledUp });
  }
  if (refusals.length) {
    throw validationError(
      `Không nhập tệp: ${refusals.length === 1 ? refusals[0]!.message : `${refusals.length} lỗi về tổng điểm, chỉ số của đơn vị.`} Chưa có dữ liệu nào được ghi.`,
      refusals,
    );
  }
  const units: ResultsImport['units'] = [];
  for (const { plan, current, merged, given, rolledUp } of prepared) {
    const imported = {
      organisation: unitBrief(plan.unit),
      scoredNodes: plan.entries.size,
      totals: rolledUp.totals,
      mismatches: given ? compareGivenTotals(rolledUp, given) : [],
    };
    units.push(imported);
    if (options.dryRun) continue;
    const saved = current
      ? await repo.updateUnitResultIfVersion(db, tenantId, current.id, current.version, {
          source: options.source ?? current.source,
          givenTotals: given,
        })
      : await repo.insertUnitResult(db, {
          tenantId,
          frameworkId: row.id,
          organisationId: plan.unit.id,
          year: row.year,
          source: options.source,
          givenTotals: given,
        });
    if (!saved) throw versionMismatch((current?.version ?? 0) + 1);
    await repo.replaceResultNodes(db, tenantId, saved.id, [...merged.values()]);
    await audit({
      organisationId: plan.unit.id,
      action: 'result.import',
      objectType: 'unit_result',
      objectId: saved.id,
      after: {
        fileName: file.fileName,
        format: workbook.format,
        field: options.field,
        ...imported,
      },
    });
  }
  if (options.dryRun) {
    await audit({
      organisationId: row.ownerOrganisationId,
      action: 'result.import',
      objectType: 'result_import',
      objectId: row.id,
      after: { dryRun: true, fileName: file.fileName, units: units.length },
    });
  }
  return {
    dryRun: options.dryRun,
    format: workbook.format,
    field: options.field,
    rows: workbook.rowCount,
    units,
  };
}
