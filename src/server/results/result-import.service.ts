// Imports many units' results from one workbook. Every value is checked first — the unit exists
// (by code, or by name without accents), the framework applies to it and the importer may enter
// its results; the node exists; the value is a number not above the node's max (bonus nodes:
// their bonus ceiling), and 0 or the max on a «Có / không» criterion — and a 400 lists every bad
// cell before anything is written. A value on a parent node (area, criterion) with nothing under
// it in the file is an entry at that level, as decisions publish results per area; with values
// under it, it is the file's printed subtotal, like the "Tổng" / "Chỉ số" rows or columns. Then
// per unit (domain/results/printed-totals.ts): a printed total, index or subtotal the recomputed
// one disagrees with beyond rounding to the decimals the file prints (±0,005 at two decimals), a
// total of 0, or a unit the file names with no score at all (results not entered are not zero)
// is an error. A dry run returns the preview with these errors per unit and `canImport: false`;
// a real run refuses the whole file with them (400), writing nothing.
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
import {
  importTotalProblems,
  type PrintedTotals,
  type TotalProblem,
} from '@domain/results/printed-totals';
import type { NodeResult, ScoreField } from '@domain/results/node-result';
import { rollUpResult, type RolledUpResult } from '@domain/results/roll-up';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import type { ReadContext, ServiceContext } from '../http/service-context';
import { validationError, versionMismatch } from '../http/app-error';
import { assertNoMergedCells, readSpreadsheet } from '../documents/spreadsheet-reader';
import { refuseForbiddenCells } from '../documents/sheet-text';
import { listOrganisationsUnder } from '../organisations/organisation.repository';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';
import {
  foldKey,
  readResultsWorkbook,
  TOTAL_INDEX_KEYS,
  TOTAL_SCORE_KEYS,
  type ImportedWorkbook,
} from './result-workbook';
import { toNodeResult, toNodeValues, unitBrief } from './result.service';
import * as repo from './result.repository';

type ImportScoreField = (typeof IMPORT_SCORE_FIELDS)[number];

interface PlannedEntry {
  value: number | 'not_applicable';
  place: string;
  rowNumber: number;
  decimals: number;
}

/** What the file gives one unit. */
interface UnitPlan {
  unit: repo.ResultUnitRow;
  entries: Map<string, PlannedEntry>;
  /** Values on parent nodes: entries at that level, or printed subtotals (decided once all cells are read). */
  parentValues: Map<string, PlannedEntry & { value: number }>;
  /** The printed figures as stored (numbers), compared again whenever the result is read. */
  given: GivenTotals;
  /** The same figures with the decimals the file prints, for the import's total check. */
  printed: PrintedTotals;
  /** The first row naming the unit (1 for a wide file's column header). */
  namedRow: number;
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

  /** The unit a cell or a named unit resolves to, with its plan; null after reporting why not. */
  const planFor = (text: string, unitPlace: string, unitRow: number): UnitPlan | null => {
    const match = matchUnit(text);
    const unitFail = (message: string) => fail(unitRow, text, `${unitPlace}: ${message}`);
    if ('error' in match) {
      unitFail(match.error);
      return null;
    }
    const { unit } = match;
    if (!(framework.unitTypes as string[]).includes(unit.type)) {
      const label = ORGANISATION_TYPE_LABELS[unit.type as OrganisationType] ?? unit.type;
      unitFail(`bộ chỉ số ${framework.code} không áp dụng cho «${unit.name}» (${label}).`);
      return null;
    }
    if (!allowed.has(unit.id)) {
      unitFail(`bạn không có quyền nhập kết quả cho «${unit.name}».`);
      return null;
    }
    let plan = plans.get(unit.id);
    if (!plan) {
      plan = {
        unit,
        entries: new Map(),
        parentValues: new Map(),
        given: {},
        printed: {},
        namedRow: unitRow,
        givenRows: new Map(),
      };
      plans.set(unit.id, plan);
    }
    return plan;
  };

  // A unit the file names with no score at all still gets a plan, so it is refused, not skipped.
  for (const named of workbook.namedUnits) planFor(named.unitText, named.unitPlace, named.unitRow);
  for (const cell of workbook.cells) {
    const plan = planFor(cell.unitText, cell.unitPlace, cell.unitRow);
    if (!plan) continue;
    const { unit } = plan;
    const key = foldKey(cell.nodeText);
    const isTotal = TOTAL_SCORE_KEYS.has(key) || TOTAL_INDEX_KEYS.has(key);
    const node = isTotal ? undefined : tree.byCode.get(cell.nodeText);
    if (!isTotal && !node) {
      fail(
        cell.rowNumber,
        'nodeCode',
        `${cell.nodePlace}: không có tiêu chí mã «${cell.nodeText}» trong bộ chỉ số ${framework.code}.`,
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
      const field = TOTAL_SCORE_KEYS.has(key) ? 'score' : 'indexPercent';
      plan.given[field] = cell.value;
      plan.printed[field] = { value: cell.value, decimals: cell.decimals };
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
    const planned = { place: cell.place, rowNumber: cell.rowNumber, decimals: cell.decimals };
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
      plan.printed.nodes = {
        ...plan.printed.nodes,
        [code]: { value: entry.value, decimals: entry.decimals },
      };
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

/** Why one unit of the file cannot be imported (domain/results/printed-totals.ts), in Vietnamese. */
function problemsOf(plan: UnitPlan, rolledUp: RolledUpResult): TotalProblem[] {
  const scored = [...plan.entries.values()].filter((entry) => entry.value !== 'not_applicable');
  return importTotalProblems(rolledUp, plan.printed, scored.length);
}

/** The same problems as a 400's details: the unit named, on the printed figure's row or its first score's. */
function refusalsOf(plan: UnitPlan, problems: TotalProblem[]): ErrorDetail[] {
  const rows = [...plan.entries.values()].map((entry) => entry.rowNumber);
  const firstRow = rows.length ? Math.min(...rows) : Math.max(plan.namedRow, 2);
  return problems.map((problem) => ({
    row: (problem.figure === null ? undefined : plan.givenRows.get(problem.figure)) ?? firstRow,
    field: plan.unit.code,
    message: `Đơn vị ${plan.unit.name}: ${problem.message}`,
  }));
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
    const problems = problemsOf(plan, rolledUp);
    refusals.push(...refusalsOf(plan, problems));
    prepared.push({ plan, current, merged, given, rolledUp, problems });
  }
  if (refusals.length && !options.dryRun) {
    throw validationError(
      `Không nhập tệp: ${refusals.length === 1 ? refusals[0]!.message : `${refusals.length} lỗi về tổng điểm, chỉ số của đơn vị.`} Chưa có dữ liệu nào được ghi.`,
      refusals,
    );
  }
  const units: ResultsImport['units'] = [];
  for (const { plan, current, merged, given, rolledUp, problems } of prepared) {
    const imported = {
      organisation: unitBrief(plan.unit),
      scoredNodes: plan.entries.size,
      totals: rolledUp.totals,
      printedScore: plan.given.score ?? null,
      mismatches: given ? compareGivenTotals(rolledUp, given) : [],
      errors: problems.map((problem) => problem.message),
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
        organisation: imported.organisation,
        scoredNodes: imported.scoredNodes,
        totals: imported.totals,
        printedScore: imported.printedScore,
        mismatches: imported.mismatches,
      },
    });
  }
  if (options.dryRun) {
    await audit({
      organisationId: row.ownerOrganisationId,
      action: 'result.import',
      objectType: 'result_import',
      objectId: row.id,
      after: {
        dryRun: true,
        fileName: file.fileName,
        units: units.length,
        unitErrors: refusals.length,
      },
    });
  }
  return {
    dryRun: options.dryRun,
    format: workbook.format,
    field: options.field,
    rows: workbook.rowCount,
    units,
    canImport: refusals.length === 0,
  };
}
