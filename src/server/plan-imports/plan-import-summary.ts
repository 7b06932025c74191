// Tóm tắt lần nhập as text: what the review screen shows at a glance — totals, the header, the
// section tree, the tasks with their lead and timeframe, warnings and what to look at again —
// printed by `npm run import-plan`.
import type { ImportedPlan, Provenance } from '@domain/plans/import/imported-plan';
import { needsReview } from '@domain/plans/import/imported-plan';
import { importTotals } from '@domain/plans/import/import-totals';
import { formatDocumentNumber } from '@domain/plans/plan-document';
import { orderSections, sectionTitle } from '@domain/plans/plan-outline';
import { formatTargetText } from '@domain/plans/plan-targets';
import { formatViDate, formatViNumber } from '@domain/shared/vi-format';
import type { SourceSpan } from '@domain/plans/import/source-document';

const CUT = 100;
const cut = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > CUT ? `${line.slice(0, CUT - 1)}…` : line;
};
/** Source lines as the screen numbers them (from 1). */
const linesOf = (spans: readonly SourceSpan[]) =>
  spans
    .map((span) => (span.from === span.to ? `${span.from + 1}` : `${span.from + 1}–${span.to + 1}`))
    .join(', ');
const orBlank = (text: string | null | undefined) =>
  text && text.trim() ? text.trim() : '(không nêu)';

/** Why an item is marked "Cần xem lại". */
function reviewReason(provenance: Provenance): string {
  const reasons: string[] = provenance.flags.map((flag) => FLAG_LABELS[flag]);
  if (provenance.confidence < 0.6 && reasons.length === 0)
    reasons.push(`độ tin cậy ${formatViNumber(provenance.confidence * 100, 0)}%`);
  return reasons.join('; ');
}

const FLAG_LABELS: Record<Provenance['flags'][number], string> = {
  low_confidence: 'độ tin cậy thấp',
  unmatched_unit: 'đơn vị chưa khớp cây tổ chức',
  lead_missing: 'chưa rõ cơ quan chủ trì',
  timeframe_unread: 'chưa đọc được thời gian',
  node_guess: 'tiêu chí đoán',
  content_split_guess: 'ranh giới nhiệm vụ đoán',
};

const FIELD_LABELS: Record<string, string> = {
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  number: 'Số',
  symbol: 'Ký hiệu',
  place: 'Địa danh',
  issuedOn: 'Ngày ban hành',
  title: 'Trích yếu',
  preamble: 'Mở đầu',
  purpose: 'Mục đích',
  requirements: 'Yêu cầu',
  implementation: 'Tổ chức thực hiện',
  reportingDuties: 'Chế độ báo cáo',
  recipients: 'Nơi nhận',
  signature: 'Chữ ký',
};

/** What a provenance key describes, as the screen names it ("Mục II. NỘI DUNG", "Căn cứ 2"). */
function itemName(plan: ImportedPlan, key: string): string {
  const [kind, id = ''] = key.split(':');
  if (kind === 'section') {
    const section = plan.content.sections.find((each) => each.id === id);
    return `Mục ${cut(`${plan.sectionLabels[id] ?? ''} ${section?.heading ?? id}`)}`;
  }
  if (kind === 'basis') return `Căn cứ ${Number(id) + 1}`;
  if (kind === 'target') {
    const target = plan.content.targets.find((each) => each.id === id);
    return `Chỉ tiêu ${cut(target ? formatTargetText(target) : id)}`;
  }
  return FIELD_LABELS[key] ?? key;
}

/** The summary, one printed line per entry; `unitName` names a matched unit id. */
export function importSummaryLines(
  plan: ImportedPlan,
  unitName: (id: string) => string | undefined,
): string[] {
  const { content } = plan;
  const totals = importTotals(plan);
  const out: string[] = [];
  out.push(
    `Tổng: ${totals.sections} mục, ${totals.tasks} nhiệm vụ (${totals.tableTasks} từ bảng, ${totals.proseTasks} từ văn xuôi), ` +
      `đơn vị khớp ${totals.unitsMatched}/${totals.unitsRead}, thời gian đọc được ${totals.timeframesRead}/${totals.timeframesStated}, ` +
      `${totals.targets} chỉ tiêu, ${totals.lowConfidence} mục cần xem lại`,
  );
  out.push('', 'PHẦN ĐẦU');
  out.push(`  Cơ quan chủ quản: ${orBlank(content.parentBody)}`);
  out.push(`  Cơ quan ban hành: ${orBlank(content.issuingBody)}`);
  out.push(`  Số, ký hiệu: ${formatDocumentNumber(content.number, content.symbol)}`);
  out.push(
    `  Địa danh, ngày: ${orBlank(content.place)}, ${content.issuedOn ? formatViDate(content.issuedOn) : '(không nêu)'}`,
  );
  out.push(`  Trích yếu: ${orBlank(content.title)}`);
  out.push(`  Năm kế hoạch: ${content.year}`);
  out.push(`  Căn cứ: ${content.basis.length} văn bản`);
  for (const reference of content.basis)
    out.push(`    - ${cut(`${reference.number} ${reference.summary}`)}`);
  const signature = content.signature;
  out.push(
    `  Ký: ${[signature.mode === 'direct' ? '' : `${signature.mode}. ${signature.authority}`, signature.signerTitle, signature.signerName].filter(Boolean).join(' – ') || '(không nêu)'}`,
  );
  out.push(`  Nơi nhận: ${content.recipients.length}`);
  if (plan.reporting) out.push(`  Chế độ báo cáo đề xuất: ${plan.reporting.rule.name}`);

  out.push('', 'CÁC MỤC');
  for (const entry of orderSections(content.sections)) {
    const label = plan.sectionLabels[entry.section.id] ?? entry.label;
    out.push(
      `${'  '.repeat(entry.depth + 1)}${cut(sectionTitle({ label, section: entry.section }))}`,
    );
  }

  out.push('', 'NHIỆM VỤ');
  plan.tasks.forEach((task, index) => {
    const lead =
      (task.leadOrganisationId && unitName(task.leadOrganisationId)) ||
      (task.leadGroup ? task.leadText || 'nhóm đơn vị' : '') ||
      (task.leadText ? `${task.leadText} (chưa khớp)` : '(không nêu)');
    out.push(`  ${index + 1}. ${cut(task.content)}`);
    out.push(`     Chủ trì: ${lead}; thời gian: ${orBlank(task.timeframeText)}`);
  });

  if (plan.warnings.length > 0) {
    out.push('', 'CẢNH BÁO');
    for (const warning of plan.warnings)
      out.push(
        `  - ${warning.message}${warning.source.length ? ` (dòng ${linesOf(warning.source)})` : ''}`,
      );
  }

  const review = [
    ...Object.entries(plan.provenance).map(([key, provenance]) => ({
      key: itemName(plan, key),
      provenance,
    })),
    ...plan.tasks.map((task, index) => ({
      key: `Nhiệm vụ ${index + 1}`,
      provenance: task.provenance,
    })),
  ].filter((item) => needsReview(item.provenance));
  if (review.length > 0) {
    out.push('', 'CẦN XEM LẠI');
    for (const item of review)
      out.push(
        `  - ${item.key}: ${reviewReason(item.provenance)}${item.provenance.source.length ? ` (dòng ${linesOf(item.provenance.source)})` : ''}`,
      );
  }
  return out;
}
