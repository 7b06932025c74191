// Tệp mẫu nhập kết quả: the .xlsx a focal fills in and imports back as it is. First sheet
// "Kết quả" in the unit-rows layout result-workbook.ts reads: "Mã đơn vị | Tên đơn vị | one column
// per scorable node (its code, then its name) | Tổng điểm", the nodes' maxima in a second row
// "Điểm tối đa", then one row per unit the importer may enter that existed in the framework's
// year; a second sheet "Hướng dẫn" says, in Vietnamese, how to fill it and lists the criteria
// with their rule and the values each accepts.
import ExcelJS from 'exceljs';
import { stripForbiddenCharacters } from '@contract/text-safety';
import type { Framework, FrameworkNode } from '@domain/frameworks/framework';
import {
  frameworkTree,
  isBonusCode,
  isLeafCode,
  listNodesInOrder,
} from '@domain/frameworks/framework-tree';
import { SCORING_RULE_LABELS } from '@domain/frameworks/scoring-rule';
import { existedInYear } from '@domain/organisations/validity';
import { grantRootsFor } from '@domain/permissions/can';
import { formatViNumber } from '@domain/shared/vi-format';
import type { ServiceContext } from '../http/service-context';
import { listOrganisationsUnder } from '../organisations/organisation.repository';
import { getFrameworkRow } from '../frameworks/framework.service';
import { frameworkOf } from '../frameworks/framework-presenter';

/** The header of the printed total's column; result-workbook.ts reads it back as the total. */
const TOTAL_HEADER = 'Tổng điểm';
/** A node's name in its column header is cut here; the instructions sheet has it whole. */
const HEADER_NAME_LENGTH = 90;

const text = (value: string) => stripForbiddenCharacters(value);
const shorten = (name: string) =>
  name.length > HEADER_NAME_LENGTH ? `${name.slice(0, HEADER_NAME_LENGTH - 1)}…` : name;

/** The values a node accepts, as the instructions say it. */
function acceptedValues(node: FrameworkNode, isBonus: boolean): string {
  const max = formatViNumber(node.maxPoints, 4);
  if (node.rule?.type === 'binary') return `Chỉ 0 hoặc ${max}`;
  if (isBonus) return `Điểm thưởng từ 0 đến ${max}`;
  return `Từ 0 đến ${max}`;
}

/** Hướng dẫn: the lines of the instructions sheet, before the table of criteria. */
export function templateInstructions(framework: Framework): string[] {
  return [
    `Hướng dẫn nhập kết quả – ${framework.name} (${framework.code}), năm ${framework.year}`,
    '',
    '1. Mỗi dòng ở trang «Kết quả» là một đơn vị. Giữ nguyên cột «Mã đơn vị» (hoặc ghi tên đơn vị thay cho mã).',
    '2. Mỗi cột là một tiêu chí được chấm điểm: mã và tên ở dòng 1, điểm tối đa ở dòng 2. Không thêm, xoá, đổi tiêu đề cột và không gộp ô.',
    '3. Số thập phân ghi bằng dấu phẩy hoặc dấu chấm đều được: 2,95 hoặc 2.95.',
    '4. Tiêu chí chấm «Có / không»: chỉ ghi 0 (không đạt) hoặc đúng điểm tối đa (đạt); giá trị khác (ví dụ 0,5) bị từ chối.',
    '5. Ô để trống là «chưa có điểm», không phải 0 điểm. Chỉ ghi 0 khi đơn vị thực sự đạt 0 điểm. Ghi «KAD» khi tiêu chí không áp dụng với đơn vị.',
    `6. Cột «${TOTAL_HEADER}»: ghi tổng điểm như quyết định công bố (có thể để trống). Hệ thống tự cộng lại từ các cột điểm; nếu lệch quá sai số làm tròn theo số chữ số thập phân đã ghi (±0,005 khi ghi hai chữ số, ví dụ 88,09) thì báo lỗi.`,
    '7. Đơn vị có tổng điểm bằng 0, hoặc có dòng mà không có điểm nào, bị báo lỗi: xoá dòng của đơn vị chưa có kết quả.',
    '8. Còn lỗi thì nút «Nhập» bị khoá và không có dữ liệu nào được ghi; sửa tệp rồi chọn lại tệp.',
  ];
}

/** The template as a workbook, for the framework's units the actor may import results for. */
export async function buildResultsTemplate(
  ctx: ServiceContext,
  input: { frameworkId: string },
): Promise<{ fileName: string; body: Buffer }> {
  const { db, actor, audit } = ctx;
  const row = await getFrameworkRow(db, actor.tenantId, input.frameworkId);
  const framework = frameworkOf(row);
  const tree = frameworkTree(framework.nodes);
  const nodes = listNodesInOrder(tree).filter((node) => isLeafCode(tree, node.code));
  const reachable = await listOrganisationsUnder(
    db,
    actor.tenantId,
    grantRootsFor(actor, 'result.import'),
    { includeClosed: true, today: ctx.today },
  );
  const types = framework.unitTypes as string[];
  const units = reachable.filter(
    (unit) => types.includes(unit.type) && existedInYear(unit, framework.year),
  );

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'parplan';
  const sheet = workbook.addWorksheet('Kết quả');
  const header = sheet.addRow([
    'Mã đơn vị',
    'Tên đơn vị',
    ...nodes.map((node) => text(`${node.code} ${shorten(node.name)}`)),
    TOTAL_HEADER,
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = 90;
  const areaMax = framework.nodes
    .filter((node) => node.parentCode === null && !node.isBonus)
    .reduce((sum, node) => sum + node.maxPoints, 0);
  const maxRow = sheet.addRow([
    'Điểm tối đa',
    null,
    ...nodes.map((node) => node.maxPoints),
    framework.scale.maxTotal ?? areaMax,
  ]);
  maxRow.font = { italic: true };
  nodes.forEach((node, index) => {
    const isBonus = isBonusCode(tree, node.code);
    const rule = node.rule ? SCORING_RULE_LABELS[node.rule.type] : 'Nhập điểm';
    header.getCell(index + 3).note = text(
      `${node.code} ${node.name}\nCách chấm: ${rule}. ${acceptedValues(node, isBonus)} điểm.`,
    );
  });
  for (const unit of units) sheet.addRow([text(unit.code), text(unit.name)]);
  sheet.getColumn(1).width = 16;
  sheet.getColumn(2).width = 36;
  for (let column = 3; column <= nodes.length + 3; column++) sheet.getColumn(column).width = 14;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];

  const guide = workbook.addWorksheet('Hướng dẫn');
  for (const line of templateInstructions(framework)) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 13 };
  guide.addRow([]);
  const tableHeader = guide.addRow([
    'Mã',
    'Tiêu chí',
    'Điểm tối đa',
    'Cách chấm điểm',
    'Giá trị hợp lệ',
  ]);
  tableHeader.font = { bold: true };
  for (const node of nodes) {
    const isBonus = isBonusCode(tree, node.code);
    guide.addRow([
      text(node.code),
      text(node.name),
      node.maxPoints,
      node.rule ? SCORING_RULE_LABELS[node.rule.type] : '',
      acceptedValues(node, isBonus),
    ]);
  }
  guide.getColumn(1).width = 10;
  guide.getColumn(2).width = 80;
  guide.getColumn(3).width = 12;
  guide.getColumn(4).width = 30;
  guide.getColumn(5).width = 24;

  await audit({
    organisationId: row.ownerOrganisationId,
    action: 'result.import',
    objectType: 'result_template',
    objectId: row.id,
    after: { template: true, units: units.length, nodes: nodes.length },
  });
  const year = String(framework.year);
  const name = framework.code.includes(year) ? framework.code : `${framework.code}-${year}`;
  return {
    fileName: `mau-nhap-ket-qua-${name}.xlsx`,
    body: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}
