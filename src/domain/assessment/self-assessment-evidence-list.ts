// Danh mục tài liệu kiểm chứng: the appendix of the self-assessment report listing each evidence
// item under its area, with the document's number, date, issuer, pointer and the file name.
import type { Framework } from '../frameworks/framework';
import type { frameworkTree } from '../frameworks/framework-tree';
import { romanNumeral } from '../plans/plan-document';
import { formatViDate } from '../shared/vi-format';
import type { AppendixRow, DocumentTableColumn } from './document-table';
import type { SelfReportEvidence } from './self-assessment-document';

/** Dòng danh mục: an area row (I, II…) or one evidence item's cells in EVIDENCE_COLUMNS order. */
export type EvidenceListRow = AppendixRow;

/** Cột của danh mục tài liệu kiểm chứng (phụ lục). */
export const EVIDENCE_COLUMNS: DocumentTableColumn[] = [
  { title: 'STT', align: 'center', widthPercent: 5 },
  { title: 'Tiêu chí', align: 'center', widthPercent: 8 },
  { title: 'Tài liệu kiểm chứng', align: 'justify', widthPercent: 0 },
  { title: 'Số, ký hiệu', align: 'center', widthPercent: 12 },
  { title: 'Ngày ban hành', align: 'center', widthPercent: 10 },
  { title: 'Cơ quan ban hành', align: 'left', widthPercent: 14 },
  { title: 'Trang, mục', align: 'left', widthPercent: 10 },
  { title: 'Tệp đính kèm', align: 'left', widthPercent: 16 },
];

/** Danh mục tài liệu kiểm chứng: grouped by area (I, II…), numbered from 1 within each area, in framework order. */
export function evidenceRows(
  evidence: readonly SelfReportEvidence[],
  ordered: Framework['nodes'],
  tree: ReturnType<typeof frameworkTree>,
): EvidenceListRow[] {
  const byNode = new Map<string, SelfReportEvidence[]>();
  for (const item of evidence) {
    const list = byNode.get(item.nodeCode);
    if (list) list.push(item);
    else byNode.set(item.nodeCode, [item]);
  }
  const rows: EvidenceListRow[] = [];
  tree.roots.forEach((area, areaIndex) => {
    const inArea = ordered.filter(
      (node) => node.code === area.code || isUnder(tree, node.code, area.code),
    );
    const items = inArea.flatMap((node) =>
      (byNode.get(node.code) ?? []).map((item) => ({ node, item })),
    );
    if (items.length === 0) return;
    rows.push({ kind: 'area', numeral: romanNumeral(areaIndex + 1), text: area.name });
    items.forEach(({ node, item }, index) => {
      const document = item.document;
      rows.push({
        kind: 'item',
        cells: [
          String(index + 1),
          node.code,
          evidenceTitle(item),
          document?.number.trim() ?? '',
          document?.date ? formatViDate(document.date) : '',
          document?.issuer.trim() ?? '',
          document?.pointer.trim() ?? '',
          item.fileName ?? '',
        ],
      });
    });
  });
  return rows;
}

/** Tên tài liệu: the document's summary (trích yếu), else the note, else the file name; a carried item says where from. */
function evidenceTitle(item: SelfReportEvidence): string {
  const title =
    item.document?.summary.trim() || item.note.trim() || item.fileName || 'Tài liệu kiểm chứng';
  if (item.kind === 'task_output') return `${title} (kết quả nhiệm vụ)`;
  if (item.kind === 'report_evidence') return `${title} (minh chứng báo cáo)`;
  return title;
}

function isUnder(tree: ReturnType<typeof frameworkTree>, code: string, ancestor: string): boolean {
  let parent = tree.byCode.get(code)?.parentCode ?? null;
  const seen = new Set<string>();
  while (parent !== null && !seen.has(parent)) {
    if (parent === ancestor) return true;
    seen.add(parent);
    parent = tree.byCode.get(parent)?.parentCode ?? null;
  }
  return false;
}
