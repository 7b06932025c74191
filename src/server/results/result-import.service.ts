// Imports many units' results from one workbook. Every value is checked first — the unit exists
// (by code, or by name without accents), the framework applies to it and the importer may enter
// its results; the node exists; the value is a number not above the node's max (bonus nodes:
// their bonus ceiling) — and a 400 lists every bad row before anything is written. Values on
// parent nodes and a "Tổng" row are the file's printed totals: compared with the recomputed
// ones and reported, never used. A dry run returns the same preview and writes nothing.
import type { ErrorDetail } from '@contract/common';
import type { IMPORT_SCORE_FIELDS, ResultsImport } from '@contract/results';
import type { Framework, FrameworkNode } from '@domain/frameworks/framework';
import { frameworkTree, isLeafCode } from '@domain/frameworks/framework-tree';
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
import { rollUpResult } from '@domain/results/roll-up';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
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
  given: GivenTotals;
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
    if (!plan) plans.set(unit.id, (plan = { unit, entries: new Map(), given: {} }));
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
      if (TOTAL_SCORE_ROWS.has(key)) plan.given.score = cell.value;
      else plan.given.indexPercent = cell.value;
      continue;
    }
    if (cell.value !== 'not_applicable' && !isLeafCode(tree, node!.code)) {
      plan.given.nodes = { ...plan.given.nodes, [node!.code]: { score: cell.value } };
      continue;
    }
    const earlier = plan.entries.get(node!.code);
    if (earlier) {
      fail(
        cell.rowNumber,
        cell.unitText,
        `${cell.place}: tiêu chí «${node!.code}» của «${unit.name}» đã có điểm ở ${earlier.place}.`,
      );
      continue;
    }
    plan.entries.set(node!.code, {
      value: cell.value,
      place: cell.place,
      rowNumber: cell.rowNumber,
    });
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
  const units: ResultsImport['units'] = [];
  for (const plan of plans.values()) {
    const current = await repo.findUnitResult(db, tenantId, row.id, plan.unit.id);
    const stored = current ? await repo.listResultNodes(db, tenantId, [current.id]) : [];
    const merged = new Map(stored.map((node) => [node.nodeCode, toNodeValues(toNodeResult(node))]));
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
