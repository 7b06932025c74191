// Phụ lục kết quả xếp hạng: the appendix of the decision publishing a round's results — the
// ranking table of the units that took part (STT, unit, appraised part, survey part, total, index,
// rank, grade, change from last year) under "PHỤ LỤC", its title and "(Kèm theo Quyết định số …
// ngày … của …)". Text only: the .docx renderer and the .xlsx writer place these strings and
// columns (the .xlsx writes the numbers as numbers).
import type { Framework } from '../frameworks/framework';
import type { OrganisationType } from '../organisations/organisation-type';
import { describeRankChange, formatRank } from '../results/ranking';
import { romanNumeral } from '../plans/plan-document';
import { formatViDate, formatViNumber } from '../shared/vi-format';
import type { AppendixRow, DocumentTableColumn } from './document-table';
import { indexTitleOf } from './self-assessment-document';

/** Quyết định công bố: number and symbol, ISO date and the issuer as a sentence names it. */
export interface PublicationDecision {
  number: string;
  date: string | null;
  issuer: string;
}

/** Kết quả của một đơn vị trong bảng xếp hạng; nulls where the unit has no (full) result. */
export interface PublicationUnitRow {
  organisationName: string;
  appraisedPart: number | null;
  surveyPart: number | null;
  total: number | null;
  indexPercent: number | null;
  rank: number | null;
  /** Xếp loại (Tốt, Khá…), null without an index. */
  grade: string | null;
  previousRank: number | null;
}

/** Nhóm xếp hạng: the units of one type, ranked among `rankedCount` peers, best first. */
export interface PublicationGroup {
  unitType: OrganisationType;
  rankedCount: number;
  rows: PublicationUnitRow[];
}

/** Dữ liệu phụ lục: the framework, the decision (null before publication: left blank) and the groups. */
export interface PublicationDocumentInput {
  framework: Pick<Framework, 'name' | 'indexKind' | 'year'>;
  decision: PublicationDecision | null;
  /** Who issues the decision when it is not yet known ("Ủy ban nhân dân tỉnh Đồng Tháp"). */
  defaultIssuer: string;
  groups: PublicationGroup[];
}

/** Phụ lục as laid out: heading lines, columns and rows (a group row per unit type when there are several). */
export interface PublicationDocumentModel {
  heading: string;
  title: string;
  subtitle: string;
  columns: DocumentTableColumn[];
  rows: AppendixRow[];
}

/** Cột của bảng xếp hạng, in order (the .xlsx has the same). */
export const PUBLICATION_COLUMNS: DocumentTableColumn[] = [
  { title: 'STT', align: 'center', widthPercent: 5 },
  { title: 'Đơn vị', align: 'left', widthPercent: 0 },
  { title: 'Điểm thẩm định', align: 'center', widthPercent: 10 },
  { title: 'Điểm điều tra xã hội học', align: 'center', widthPercent: 11 },
  { title: 'Tổng điểm', align: 'center', widthPercent: 9 },
  { title: 'Chỉ số (%)', align: 'center', widthPercent: 9 },
  { title: 'Xếp hạng', align: 'center', widthPercent: 8 },
  { title: 'Xếp loại', align: 'center', widthPercent: 9 },
  { title: 'So với năm trước', align: 'center', widthPercent: 19 },
];

/** Nhóm đơn vị in a title: "các sở, ban, ngành", "các xã, phường, thị trấn"… */
export const PEER_GROUP_NAMES: Record<OrganisationType, string> = {
  province: 'các tỉnh, thành phố',
  department: 'các sở, ban, ngành',
  district: 'các huyện, thị xã, thành phố',
  commune: 'các xã, phường, thị trấn',
  sub_unit: 'các phòng, đơn vị',
};

/** Printed in the total column of a unit that has no result. */
export const NO_RESULT_TEXT = 'Chưa có kết quả';

/**
 * So với năm trước: "Tăng 02 bậc (năm 2025: hạng 6)", "Giảm 01 bậc (năm 2025: hạng 3)",
 * "Giữ nguyên thứ hạng (…)"; empty without last year's rank or this year's.
 */
export function rankChangeText(row: PublicationUnitRow, year: number): string {
  if (row.rank === null || row.previousRank === null) return '';
  const change = describeRankChange(row.previousRank, row.rank);
  return `${change.charAt(0).toLocaleUpperCase('vi')}${change.slice(1)} (năm ${year - 1}: hạng ${row.previousRank})`;
}

/**
 * Dòng "Kèm theo": "(Kèm theo Quyết định số 123/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh
 * Đồng Tháp)"; a bare number gets the "/QĐ-UBND" symbol; before publication the number and date
 * are left blank for the clerk.
 */
export function decisionLine(decision: PublicationDecision | null, defaultIssuer: string): string {
  if (!decision)
    return `(Kèm theo Quyết định số      /QĐ-UBND ngày      /     /      của ${defaultIssuer})`;
  const number = decision.number.trim();
  const numbered = number.includes('/') ? number : `${number}/QĐ-UBND`;
  const date = decision.date ? ` ngày ${formatViDate(decision.date)}` : '';
  return `(Kèm theo Quyết định số ${numbered}${date} của ${decision.issuer.trim() || defaultIssuer})`;
}

const points = (value: number | null) => (value === null ? '' : formatViNumber(value, 2));

/** Lays out the ranking appendix: one numbered row per unit, best first; a group row per type when there are several. */
export function buildPublicationDocument(
  input: PublicationDocumentInput,
): PublicationDocumentModel {
  const { framework, groups } = input;
  const single = groups.length === 1 ? groups[0]! : null;
  const whose = single ? ` CỦA ${PEER_GROUP_NAMES[single.unitType].toLocaleUpperCase('vi')}` : '';
  const rows: PublicationDocumentModel['rows'] = [];
  groups.forEach((group, groupIndex) => {
    if (!single) {
      const name = PEER_GROUP_NAMES[group.unitType];
      rows.push({
        kind: 'area',
        numeral: romanNumeral(groupIndex + 1),
        text: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1),
      });
    }
    group.rows.forEach((row, index) => {
      rows.push({
        kind: 'item',
        cells: [
          String(index + 1),
          row.organisationName,
          points(row.appraisedPart),
          points(row.surveyPart),
          row.total === null ? NO_RESULT_TEXT : points(row.total),
          points(row.indexPercent),
          row.rank === null ? '' : formatRank(row.rank, group.rankedCount),
          row.grade ?? '',
          rankChangeText(row, framework.year),
        ],
      });
    });
  });
  return {
    heading: 'PHỤ LỤC',
    title: `KẾT QUẢ XẾP HẠNG ${indexTitleOf(framework).toLocaleUpperCase('vi')} NĂM ${framework.year}${whose}`,
    subtitle: decisionLine(input.decision, input.defaultIssuer),
    columns: PUBLICATION_COLUMNS,
    rows,
  };
}
