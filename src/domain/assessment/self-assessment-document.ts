// Báo cáo kết quả tự đánh giá, chấm điểm: a unit's self-assessment report as the state format lays
// it out (Nghị định 30/2020, document-format.md), as text only — the header of the unit under its
// committee, "BÁO CÁO / Kết quả tự đánh giá, chấm điểm Chỉ số … năm …", then the three parts
// provincial guidance asks for (I. the self-scores by area and criterion with the evidence count,
// the total and the index; II. giải trình for items without full evidence; III. khó khăn, vướng
// mắc and kiến nghị, đề xuất), the unit head's signature, Nơi nhận, and an appendix listing the
// evidence. The .docx renderer places these strings and composes no wording itself.
import type { Framework } from '../frameworks/framework';
import { INDEX_KIND_LABELS } from '../frameworks/index-kind';
import { frameworkTree, listNodesInOrder, nodeLevel } from '../frameworks/framework-tree';
import { headerBodiesOf, issuerInSentence, issuingBodyLines } from '../plans/document-header';
import {
  DRAFT_MARK,
  NATIONAL_MOTTO,
  NATIONAL_SLOGAN,
  formatNumberLine,
  formatPlaceDate,
  recipientLines,
  romanNumeral,
  signatureLines,
  textToBlocks,
  type BodyBlock,
  type PlanDocumentModel,
} from '../plans/plan-document';
import { placeOf, planSymbolOf, type IssuingUnit } from '../plans/plan-defaults';
import { defaultSignatureOf } from '../plans/plan-signer';
import { rollUpResult } from '../results/roll-up';
import { formatViNumber } from '../shared/vi-format';
import type { AssessmentEntry } from './assessment-entry';
import type { DocumentTable, DocumentTableColumn, DocumentTableRow } from './document-table';
import {
  EVIDENCE_COLUMNS,
  evidenceRows,
  type EvidenceListRow,
} from './self-assessment-evidence-list';
import type { AssessmentEvidenceKind, EvidenceDocument } from './assessment-evidence';
import { surveyNodeCodes } from './score-parts';
import { notApplicableCodes } from './unit-applicability';

/** Phần thân báo cáo: a paragraph (BodyBlock) or a table placed between paragraphs. */
export type ReportBodyItem = BodyBlock | { kind: 'table'; table: DocumentTable };

/** Minh chứng in the report: what the appendix lists for one evidence item of one node. */
export interface SelfReportEvidence {
  nodeCode: string;
  kind: AssessmentEvidenceKind;
  /** Tên tệp: the uploaded file's or the report evidence file's name; null for a document without file. */
  fileName: string | null;
  document: EvidenceDocument | null;
  note: string;
}

/** Dữ liệu của báo cáo tự đánh giá: the unit, the round's owner, the framework and the unit's entries and evidence. */
export interface SelfAssessmentReportInput {
  unit: IssuingUnit;
  /** Cơ quan tổ chức đợt đánh giá (the round's owner, e.g. UBND tỉnh). */
  owner: IssuingUnit;
  round: { name: string; year: number };
  framework: Framework;
  /** Nội dung không áp dụng the round exempts the unit from (whole areas or single criteria). */
  exemptNodeCodes: readonly string[];
  /** Lý do không áp dụng, as the round records it ('' when none given). */
  exemptionNote?: string;
  entries: readonly Pick<
    AssessmentEntry,
    'nodeCode' | 'selfScore' | 'notApplicable' | 'selfExplanation'
  >[];
  evidence: readonly SelfReportEvidence[];
  /** Ngày gửi (ISO, Vietnam): dates the report; null while not submitted (then it is a DỰ THẢO). */
  submittedOn: string | null;
  difficulties: string;
  recommendations: string;
}

/** Văn bản báo cáo tự đánh giá: the header, title, body (with tables), signature and the evidence appendix. */
export type SelfAssessmentDocumentModel = Omit<PlanDocumentModel, 'body' | 'appendix'> & {
  body: ReportBodyItem[];
  appendix: {
    heading: string;
    title: string;
    subtitle: string;
    columns: DocumentTableColumn[];
    rows: EvidenceListRow[];
  };
};

/** Tiêu đề mục I–III of the report, in order (the provincial guidance's three parts). */
export const SELF_REPORT_HEADINGS = [
  'KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM',
  'GIẢI TRÌNH ĐỐI VỚI CÁC TIÊU CHÍ CHƯA CÓ ĐỦ TÀI LIỆU KIỂM CHỨNG',
  'KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT',
] as const;

/** Cột của bảng tổng hợp điểm tự đánh giá (mục I). */
export const SELF_SCORE_COLUMNS: DocumentTableColumn[] = [
  { title: 'Mã', align: 'center', widthPercent: 9 },
  { title: 'Lĩnh vực, tiêu chí', align: 'justify', widthPercent: 0 },
  { title: 'Điểm tối đa', align: 'center', widthPercent: 12 },
  { title: 'Điểm tự chấm', align: 'center', widthPercent: 13 },
  { title: 'Số tài liệu kiểm chứng', align: 'center', widthPercent: 14 },
];

/** Cột của bảng giải trình (mục II). */
export const EXPLANATION_COLUMNS: DocumentTableColumn[] = [
  { title: 'Mã', align: 'center', widthPercent: 9 },
  { title: 'Tiêu chí', align: 'justify', widthPercent: 33 },
  { title: 'Điểm tự chấm', align: 'center', widthPercent: 12 },
  { title: 'Giải trình', align: 'justify', widthPercent: 0 },
];

/** Printed for a scored item without evidence whose unit wrote no explanation. */
export const MISSING_EXPLANATION = '(Chưa giải trình)';
/** Printed in place of a score for a node the unit does not score itself (điều tra xã hội học). */
export const SURVEY_SCORE_TEXT = 'Điều tra XHH';
/** Printed in place of a score for a node that does not apply to the unit. */
export const NOT_APPLICABLE_TEXT = 'Không áp dụng';
/** Printed in place of a score for a node the unit has not scored yet. */
export const UNSCORED_TEXT = 'Chưa chấm';

/**
 * Tên chỉ số trong tiêu đề: "Chỉ số cải cách hành chính" (the index kind's label without its
 * abbreviation); the framework's own name when the label is not a "Chỉ số …" (a custom index).
 */
export function indexTitleOf(framework: Pick<Framework, 'name' | 'indexKind'>): string {
  const label = INDEX_KIND_LABELS[framework.indexKind].replace(/\s*\([^)]*\)$/, '');
  return label.startsWith('Chỉ số') && framework.indexKind !== 'custom'
    ? label
    : framework.name.trim();
}

/**
 * Ký hiệu báo cáo của đơn vị: "BC-UBND" for a committee; otherwise "BC-" and the initials of the
 * name the header prints, so "Văn phòng UBND tỉnh" (printed "VĂN PHÒNG" under the committee) is
 * "BC-VP" and "Sở Nội vụ" "BC-SNV".
 */
export function reportSymbolOf(unit: IssuingUnit): string {
  const printed = { name: headerBodiesOf(unit).issuingBody, type: unit.type };
  return planSymbolOf(printed).replace(/^KH-/, 'BC-');
}

const points = (value: number) => formatViNumber(value, 2);

/**
 * Lays out the self-assessment report. Scores are the unit's self scores rolled up the framework;
 * nodes scored by survey and nodes that do not apply to the unit are shown as such and left out
 * of the total, so the index is the self score ÷ the applicable maximum of the self-assessed part.
 */
export function buildSelfAssessmentDocument(
  input: SelfAssessmentReportInput,
): SelfAssessmentDocumentModel {
  const { unit, owner, framework } = input;
  const tree = frameworkTree(framework.nodes);
  const ordered = listNodesInOrder(tree);
  const survey = surveyNodeCodes(framework.nodes);
  const exempt = notApplicableCodes(framework, unit.type, input.exemptNodeCodes);
  const entryByCode = new Map(input.entries.map((entry) => [entry.nodeCode, entry]));
  for (const entry of input.entries) if (entry.notApplicable) exempt.add(entry.nodeCode);
  const rolled = rollUpResult(
    framework,
    ordered.map((node) => ({
      nodeCode: node.code,
      // The survey part is not the unit's to score: left out of the self-assessed maximum.
      notApplicable: exempt.has(node.code) || survey.has(node.code),
      selfScore: entryByCode.get(node.code)?.selfScore ?? null,
    })),
    { unitType: unit.type },
  );
  const rolledByCode = new Map(rolled.nodes.map((node) => [node.code, node]));
  const evidenceCount = countEvidence(input.evidence, ordered, tree);

  const bodies = headerBodiesOf(unit);
  const ownerBodies = headerBodiesOf(owner);
  const issuer = issuerInSentence(bodies.parentBody, bodies.issuingBody);
  const ownerName = issuerInSentence(ownerBodies.parentBody, ownerBodies.issuingBody);
  const indexTitle = indexTitleOf(framework);
  const year = input.round.year;
  const symbol = reportSymbolOf(unit);

  const summaryRows: DocumentTableRow[] = ordered.map((node) => {
    const rolledNode = rolledByCode.get(node.code);
    const scoreText = exempt.has(node.code)
      ? NOT_APPLICABLE_TEXT
      : survey.has(node.code)
        ? SURVEY_SCORE_TEXT
        : !rolledNode || rolledNode.scoreState === 'unscored'
          ? UNSCORED_TEXT
          : rolledNode.scoreState === 'partial'
            ? `${points(rolledNode.score)} (chưa đủ)`
            : points(rolledNode.score);
    return {
      style: nodeLevel(tree, node) === 'area' ? 'group' : 'plain',
      cells: [
        node.code,
        node.name,
        points(node.maxPoints),
        scoreText,
        String(evidenceCount.get(node.code) ?? 0),
      ],
    };
  });
  const totals = rolled.totals;
  // The survey part's maximum: the topmost survey nodes that apply to the unit.
  const surveyTotal = framework.nodes
    .filter((node) => survey.has(node.code) && !survey.has(node.parentCode ?? ''))
    .filter((node) => !exempt.has(node.code))
    .reduce((sum, node) => sum + node.maxPoints, 0);
  const totalEvidence = input.evidence.filter((item) => tree.byCode.has(item.nodeCode)).length;
  summaryRows.push({
    style: 'total',
    cells: [
      '',
      'Tổng điểm tự đánh giá',
      points(totals.applicableMaxPoints),
      totals.scoreState === 'unscored' ? UNSCORED_TEXT : points(totals.score),
      String(totalEvidence),
    ],
  });

  const totalSentence =
    totals.indexPercent === null
      ? `Tổng điểm tự đánh giá: ${points(totals.score)}/${points(totals.applicableMaxPoints)} điểm; chưa tính được chỉ số vì còn tiêu chí chưa chấm điểm.`
      : `Tổng điểm tự đánh giá: ${points(totals.score)}/${points(totals.applicableMaxPoints)} điểm, đạt ${points(totals.indexPercent)}%.`;
  const surveySentence =
    surveyTotal > 0
      ? `Điểm tự đánh giá chưa gồm ${points(surveyTotal)} điểm các tiêu chí đánh giá qua điều tra xã hội học.`
      : null;

  const explanations = explanationRows(input, ordered, exempt, survey, evidenceCount);

  const body: ReportBodyItem[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${input.round.name.trim()} của ${ownerName}, ${issuer} báo cáo kết quả tự đánh giá, chấm điểm ${indexTitle} năm ${year} như sau:`,
    },
    { kind: 'heading1', text: `${romanNumeral(1)}. ${SELF_REPORT_HEADINGS[0]}` },
    { kind: 'paragraph', text: totalSentence },
    ...(surveySentence ? [{ kind: 'paragraph' as const, text: surveySentence }] : []),
    ...exemptionBlocks(input, tree),
    { kind: 'paragraph', text: 'Kết quả cụ thể theo từng lĩnh vực, tiêu chí:' },
    { kind: 'table', table: { columns: SELF_SCORE_COLUMNS, rows: summaryRows } },
    { kind: 'heading1', text: `${romanNumeral(2)}. ${SELF_REPORT_HEADINGS[1]}` },
    ...(explanations.length === 0
      ? [
          {
            kind: 'paragraph' as const,
            text: 'Các tiêu chí đã tự chấm điểm đều có tài liệu kiểm chứng kèm theo.',
          },
        ]
      : [
          {
            kind: 'paragraph' as const,
            text: `Có ${explanations.length} tiêu chí chưa có đủ tài liệu kiểm chứng, ${issuer} giải trình như sau:`,
          },
          { kind: 'table' as const, table: { columns: EXPLANATION_COLUMNS, rows: explanations } },
        ]),
    { kind: 'heading1', text: `${romanNumeral(3)}. ${SELF_REPORT_HEADINGS[2]}` },
    { kind: 'heading2', text: '1. Khó khăn, vướng mắc' },
    ...textOrNone(input.difficulties, 'Không có.'),
    { kind: 'heading2', text: '2. Kiến nghị, đề xuất' },
    ...textOrNone(input.recommendations, 'Không có.'),
    {
      kind: 'paragraph',
      text: `Trên đây là báo cáo kết quả tự đánh giá, chấm điểm ${indexTitle} năm ${year} của ${issuer}, kèm theo danh mục tài liệu kiểm chứng./.`,
    },
  ];

  const signature = defaultSignatureOf(unit);
  return {
    draftMark: input.submittedOn ? null : DRAFT_MARK,
    parentBody: bodies.parentBody,
    issuingBodyLines: issuingBodyLines(bodies.issuingBody),
    numberLine: formatNumberLine(null, symbol),
    nationalMotto: NATIONAL_MOTTO,
    nationalSlogan: NATIONAL_SLOGAN,
    placeDateLine: formatPlaceDate(placeOf(unit), input.submittedOn, year),
    documentType: 'BÁO CÁO',
    title: `Kết quả tự đánh giá, chấm điểm ${indexTitle} năm ${year}`,
    body,
    recipientsHeading: 'Nơi nhận:',
    recipientLines: recipientLines([`${ownerName} (báo cáo)`, 'Hội đồng thẩm định', 'Lưu: VT']),
    signatureLines: signatureLines(signature, bodies.issuingBody),
    signerName: signature.signerName,
    appendix: {
      heading: 'PHỤ LỤC',
      title: 'DANH MỤC TÀI LIỆU KIỂM CHỨNG',
      subtitle: `(Kèm theo Báo cáo số      /${symbol} ngày      /     /${year} của ${issuer})`,
      columns: EVIDENCE_COLUMNS,
      rows: evidenceRows(input.evidence, ordered, tree),
    },
  };
}

/** Số minh chứng per node: its own plus everything under it. */
function countEvidence(
  evidence: readonly SelfReportEvidence[],
  ordered: Framework['nodes'],
  tree: ReturnType<typeof frameworkTree>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of evidence) {
    let code: string | null = tree.byCode.has(item.nodeCode) ? item.nodeCode : null;
    while (code !== null) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
      code = tree.byCode.get(code)?.parentCode ?? null;
    }
  }
  return new Map(ordered.map((node) => [node.code, counts.get(node.code) ?? 0]));
}

/**
 * Tiêu chí chưa có đủ tài liệu kiểm chứng: a self-scored, applicable item with no evidence, or
 * with evidence the unit itself explained as partial (it wrote a giải trình); in framework order.
 */
function explanationRows(
  input: SelfAssessmentReportInput,
  ordered: Framework['nodes'],
  exempt: ReadonlySet<string>,
  survey: ReadonlySet<string>,
  evidenceCount: ReadonlyMap<string, number>,
): DocumentTableRow[] {
  const entryByCode = new Map(input.entries.map((entry) => [entry.nodeCode, entry]));
  const rows: DocumentTableRow[] = [];
  for (const node of ordered) {
    const entry = entryByCode.get(node.code);
    if (!entry || entry.selfScore === null || exempt.has(node.code) || survey.has(node.code))
      continue;
    const explanation = entry.selfExplanation.trim();
    const hasEvidence = (evidenceCount.get(node.code) ?? 0) > 0;
    if (hasEvidence && explanation === '') continue;
    rows.push({
      style: 'plain',
      cells: [node.code, node.name, points(entry.selfScore), explanation || MISSING_EXPLANATION],
    });
  }
  return rows;
}

/**
 * Nội dung không áp dụng: "Nội dung không áp dụng đối với đơn vị: 3. Cải cách thủ tục hành chính
 * (Đơn vị không có thủ tục hành chính)." — the round's exemptions by code and name, with its note.
 */
function exemptionBlocks(
  input: SelfAssessmentReportInput,
  tree: ReturnType<typeof frameworkTree>,
): BodyBlock[] {
  const named = input.exemptNodeCodes
    .filter((code) => tree.byCode.has(code))
    .map((code) => `${code}. ${tree.byCode.get(code)!.name.trim()}`);
  if (named.length === 0) return [];
  const note = input.exemptionNote?.trim().replace(/[.;]+$/, '') ?? '';
  return [
    {
      kind: 'paragraph',
      text: `Nội dung không áp dụng đối với đơn vị: ${named.join('; ')}${note ? ` (${note})` : ''}.`,
    },
  ];
}

function textOrNone(text: string, none: string): BodyBlock[] {
  const blocks = textToBlocks(text);
  return blocks.length > 0 ? blocks : [{ kind: 'paragraph', text: none }];
}
