// Nhập điểm điều tra xã hội học từ tệp: the template's layout (Mã đơn vị | Tên đơn vị | one column
// per survey node headed by its code), read by the spreadsheet reader in its worker pool. Every
// row is checked before anything is written — the unit takes part in the round (by code, or by
// name without accents), each column is a survey node of the framework, each value a number from
// 0 to the node's max on a node that applies to the unit — and the errors are listed per unit and
// node in Vietnamese. A dry run previews them (`canImport: false`); a real run with any error is
// refused (400) writing nothing; without errors, every score is written in the one transaction.
import type { ErrorDetail } from '@contract/common';
import type { SurveyImport } from '@contract/assessment-results';
import { surveyLeaves } from '@domain/assessment/survey-nodes';
import { roundPoints, sumPoints } from '@domain/frameworks/points';
import { foldVietnamese } from '@domain/shared/fold-vietnamese';
import { parseViNumber } from '@domain/shared/vi-format';
import { validationError, versionMismatch } from '../http/app-error';
import type { ServiceContext } from '../http/service-context';
import { assertNoMergedCells, readSpreadsheet } from '../documents/spreadsheet-reader';
import { refuseForbiddenCells } from '../documents/sheet-text';
import { writeEntryIfVersion } from './entry.repository';
import * as repo from './results.repository';
import { loadRound, writeUnitResults, type LoadedRound } from './results.service';
import { assertSurveyOpen, surveyScoreProblem } from './survey.service';
import { MAX_ROW_LABEL, NOT_APPLICABLE_MARK } from './survey-template';

/** A score the file gives: unit, node, points, where. */
interface PlannedScore {
  unit: repo.RoundUnitRow;
  nodeCode: string;
  points: number;
}

/** Mã tiêu chí of a column header "1.7 Sự năng động …": its first word. */
const headerCode = (header: string) => header.trim().split(/\s+/)[0] ?? '';

const columnName = (index: number) => {
  let name = '';
  for (let number = index + 1; number > 0; number = Math.floor((number - 1) / 26)) {
    name = String.fromCharCode(65 + ((number - 1) % 26)) + name;
  }
  return name;
};

/** Finds a taking-part unit by code (any case) or by its name without accents. */
function unitMatcher(units: repo.RoundUnitRow[]) {
  const byCode = new Map(units.map((unit) => [unit.organisation.code.toLowerCase(), unit]));
  const byName = new Map(units.map((unit) => [foldVietnamese(unit.organisation.name), unit]));
  return (code: string, name: string) =>
    byCode.get(code.trim().toLowerCase()) ??
    (code.trim() ? undefined : byName.get(foldVietnamese(name))) ??
    null;
}

/** Reads and checks the whole file; nothing is written here. */
function planImport(
  loaded: LoadedRound,
  headers: string[],
  rows: { rowNumber: number; cells: (string | number)[] }[],
): { scores: PlannedScore[]; errors: ErrorDetail[]; units: Map<string, repo.RoundUnitRow> } {
  const errors: ErrorDetail[] = [];
  const survey = new Set(surveyLeaves(loaded.framework).map((node) => node.code));
  const columns: { index: number; code: string }[] = [];
  headers.forEach((header, index) => {
    if (index < 2 || !header.trim()) return;
    const code = headerCode(header);
    const column = columnName(index);
    if (!loaded.framework.nodes.some((node) => node.code === code)) {
      errors.push({
        row: 1,
        field: column,
        message: `Cột ${column} «${header}»: không có tiêu chí mã «${code}» trong bộ chỉ số.`,
      });
    } else if (!survey.has(code)) {
      errors.push({
        row: 1,
        field: code,
        message: `Cột ${column} «${header}»: tiêu chí ${code} không chấm bằng điều tra xã hội học; hãy bỏ cột này.`,
      });
    } else columns.push({ index, code });
  });
  if (columns.length === 0 && errors.length === 0) {
    errors.push({
      row: 1,
      field: null,
      message:
        'Tệp không có cột tiêu chí điều tra xã hội học nào; hãy dùng tệp mẫu của đợt đánh giá.',
    });
  }
  const matchUnit = unitMatcher(loaded.units);
  const scores: PlannedScore[] = [];
  const units = new Map<string, repo.RoundUnitRow>();
  const seenRows = new Map<string, number>();
  for (const row of rows) {
    const code = String(row.cells[0] ?? '').trim();
    const name = String(row.cells[1] ?? '').trim();
    if (foldVietnamese(code) === foldVietnamese(MAX_ROW_LABEL)) continue;
    if (!code && !name) continue;
    const unit = matchUnit(code, name);
    if (!unit) {
      errors.push({
        row: row.rowNumber,
        field: code || name,
        message: `Dòng ${row.rowNumber}: đơn vị «${code || name}» không tham gia đợt đánh giá này.`,
      });
      continue;
    }
    const label = unit.organisation.name;
    const earlier = seenRows.get(unit.organisation.id);
    if (earlier !== undefined) {
      errors.push({
        row: row.rowNumber,
        field: unit.organisation.code,
        message: `Dòng ${row.rowNumber}: ${label} đã có ở dòng ${earlier}.`,
      });
      continue;
    }
    seenRows.set(unit.organisation.id, row.rowNumber);
    units.set(unit.organisation.id, unit);
    for (const column of columns) {
      const cell = row.cells[column.index];
      if (cell === undefined || cell === '') continue;
      if (typeof cell === 'string' && cell.trim().toUpperCase() === NOT_APPLICABLE_MARK) continue;
      const points = typeof cell === 'number' ? cell : parseViNumber(cell);
      const place = `Dòng ${row.rowNumber}, ${label}, tiêu chí ${column.code}`;
      if (points === null) {
        errors.push({
          row: row.rowNumber,
          field: column.code,
          message: `${place}: «${cell}» không phải là số.`,
        });
        continue;
      }
      const problem = surveyScoreProblem(
        loaded.framework,
        { type: unit.organisation.type, exemptNodeCodes: unit.unit.exemptNodeCodes },
        column.code,
        roundPoints(points),
      );
      if (problem) {
        errors.push({ row: row.rowNumber, field: column.code, message: `${place}: ${problem}` });
        continue;
      }
      scores.push({ unit, nodeCode: column.code, points: roundPoints(points) });
    }
  }
  return { scores, errors, units };
}

/** Imports (or previews) the survey scores of a round from an .xlsx in the template's layout. */
export async function importSurveyScores(
  ctx: ServiceContext,
  input: { roundId: string; file: { buffer: Buffer; fileName: string }; dryRun: boolean },
): Promise<SurveyImport> {
  const { db, actor, audit } = ctx;
  const tenantId = actor.tenantId;
  const table = await readSpreadsheet(input.file.buffer, input.file.fileName);
  refuseForbiddenCells(table);
  assertNoMergedCells(table);
  if (!input.dryRun) await repo.lockRound(db, tenantId, input.roundId);
  const loaded = await loadRound(db, tenantId, input.roundId);
  assertSurveyOpen(loaded.round);
  const { scores, errors, units } = planImport(loaded, table.headers, table.rows);

  const entries = new Map(
    [...loaded.entriesByUnit.values()]
      .flat()
      .map((entry) => [`${entry.organisationId} ${entry.nodeCode}`, entry]),
  );
  const preview = [...units.values()].map((unit) => {
    const given = new Map(
      scores.filter((score) => score.unit === unit).map((score) => [score.nodeCode, score.points]),
    );
    const after = surveyLeaves(loaded.framework).map(
      (node) =>
        given.get(node.code) ??
        entries.get(`${unit.organisation.id} ${node.code}`)?.surveyScore ??
        null,
    );
    return {
      organisation: {
        id: unit.organisation.id,
        code: unit.organisation.code,
        name: unit.organisation.name,
      },
      scores: [...given].map(([nodeCode, points]) => ({ nodeCode, points })),
      surveyPart: sumPoints(after.filter((points): points is number => points !== null)),
    };
  });

  if (errors.length > 0 && !input.dryRun) {
    throw validationError(
      `Không nhập tệp: ${errors.length === 1 ? errors[0]!.message : `${errors.length} lỗi, đầu tiên: ${errors[0]!.message}`} Chưa có dữ liệu nào được ghi.`,
      errors,
    );
  }
  if (input.dryRun) {
    await audit({
      organisationId: loaded.round.ownerOrganisationId,
      action: 'assessment.manage',
      objectType: 'assessment_survey_import',
      objectId: input.roundId,
      after: {
        dryRun: true,
        fileName: input.file.fileName,
        units: units.size,
        errors: errors.length,
      },
    });
  } else {
    for (const score of scores) {
      const key = {
        roundId: input.roundId,
        organisationId: score.unit.organisation.id,
        nodeCode: score.nodeCode,
      };
      const current = entries.get(`${key.organisationId} ${key.nodeCode}`);
      const saved = await writeEntryIfVersion(db, { tenantId, ...key }, current?.version ?? 0, {
        surveyScore: score.points,
        updatedBy: actor.userId,
      });
      if (!saved) throw versionMismatch((current?.version ?? 0) + 1);
    }
    await audit({
      organisationId: loaded.round.ownerOrganisationId,
      action: 'assessment.manage',
      objectType: 'assessment_survey_import',
      objectId: input.roundId,
      after: {
        fileName: input.file.fileName,
        units: preview.map((unit) => ({ code: unit.organisation.code, scores: unit.scores })),
      },
    });
    if (loaded.round.state === 'final') {
      const reloaded = await loadRound(db, tenantId, input.roundId);
      await writeUnitResults(ctx, reloaded, new Set(units.keys()));
    }
  }
  return {
    dryRun: input.dryRun,
    rows: table.rows.length,
    units: preview,
    errors,
    canImport: errors.length === 0 && scores.length > 0,
  };
}
