// Đọc chế độ báo cáo (owner: the noise/header piece). PLACEHOLDER: reads nothing yet.
import type { ReportingProposal } from './imported-plan';
import type { Paragraph } from './paragraph';

/** Đề xuất chế độ báo cáo from "Định kỳ báo cáo … Báo cáo tháng: chậm nhất ngày 02 hằng tháng …" sentences; null when none. */
export function readReporting(
  _paragraphs: readonly Paragraph[],
  _year: number | null,
): ReportingProposal | null {
  return null;
}
