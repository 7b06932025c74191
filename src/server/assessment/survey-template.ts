// Tệp mẫu điểm điều tra xã hội học: sheet "Điều tra XHH" — "Mã đơn vị | Tên đơn vị | one column
// per survey node (its code, then its name)", the maxima in a second row "Điểm tối đa", then one
// row per taking-part unit with the scores entered so far ("KAD" where the node does not apply);
// a second sheet "Hướng dẫn" says how to fill it. survey-import.service.ts reads it back.
import ExcelJS from 'exceljs';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { surveyLeaves } from '@domain/assessment/survey-nodes';
import { notApplicableCodes } from '@domain/assessment/unit-applicability';
import type { OrganisationType } from '@domain/organisations/organisation-type';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ReadContext } from '../http/service-context';
import { loadRound } from './results.service';

/** The first row's label of the maxima row; the import skips it. */
export const MAX_ROW_LABEL = 'Điểm tối đa';
/** What the template shows where a node does not apply to the unit; the import skips it. */
export const NOT_APPLICABLE_MARK = 'KAD';
/** The sheet's name. */
export const SURVEY_SHEET = 'Điều tra XHH';

const text = (value: string) => stripForbiddenCharacters(value);

/** The instructions sheet's lines. */
function instructions(roundName: string): string[] {
  return [
    `Hướng dẫn nhập điểm điều tra xã hội học – ${roundName}`,
    '',
    `1. Mỗi dòng ở trang «${SURVEY_SHEET}» là một đơn vị tham gia đợt đánh giá. Giữ nguyên cột «Mã đơn vị».`,
    `2. Mỗi cột là một tiêu chí chấm bằng điều tra xã hội học: mã và tên ở dòng 1, điểm tối đa ở dòng 2. Không thêm cột tiêu chí khác.`,
    '3. Ghi điểm từ 0 đến điểm tối đa; dấu phẩy hoặc dấu chấm thập phân đều được: 9,39 hoặc 9.39.',
    '4. Ô để trống: giữ nguyên điểm đã có (hoặc chưa có điểm). Ô ghi «KAD»: tiêu chí không áp dụng với đơn vị, không nhập điểm.',
    '5. Tệp còn lỗi thì không dữ liệu nào được ghi; sửa tệp theo danh sách lỗi rồi chọn lại tệp.',
  ];
}

/** The template of a round as a workbook. */
export async function buildSurveyTemplate(
  ctx: ReadContext,
  input: { roundId: string },
): Promise<{ fileName: string; body: Buffer }> {
  const loaded = await loadRound(ctx.db, ctx.actor.tenantId, input.roundId);
  const nodes = surveyLeaves(loaded.framework);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'parplan';
  const sheet = workbook.addWorksheet(SURVEY_SHEET);
  const header = sheet.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    ...nodes.map((node) => text(`${node.code} ${node.name}`)),
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = 75;
  const maxRow = sheet.addRow([MAX_ROW_LABEL, null, ...nodes.map((node) => node.maxPoints)]);
  maxRow.font = { italic: true };
  for (const unit of loaded.units) {
    const exempt = notApplicableCodes(
      loaded.framework,
      unit.organisation.type as OrganisationType,
      unit.unit.exemptNodeCodes,
    );
    const scores = new Map(
      (loaded.entriesByUnit.get(unit.organisation.id) ?? []).map((entry) => [
        entry.nodeCode,
        entry.surveyScore,
      ]),
    );
    sheet.addRow([
      text(unit.organisation.code),
      text(unit.organisation.name),
      ...nodes.map((node) =>
        exempt.has(node.code) ? NOT_APPLICABLE_MARK : (scores.get(node.code) ?? null),
      ),
    ]);
  }
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 36;
  for (let column = 3; column <= nodes.length + 2; column++) sheet.getColumn(column).width = 16;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];

  const guide = workbook.addWorksheet('Hướng dẫn');
  for (const line of instructions(loaded.round.name)) guide.addRow([text(line)]);
  guide.getRow(1).font = { bold: true, size: 13 };
  guide.addRow([]);
  guide.addRow(['Mã', 'Tiêu chí', 'Điểm tối đa']).font = { bold: true };
  for (const node of nodes) {
    guide.addRow([text(node.code), text(node.name), formatViNumber(node.maxPoints, 4)]);
  }
  guide.getColumn(1).width = 10;
  guide.getColumn(2).width = 80;
  guide.getColumn(3).width = 12;
  return {
    fileName: `mau-dieu-tra-xa-hoi-hoc-${loaded.frameworkRow.code}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
