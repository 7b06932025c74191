// Căn cứ từ quyết định công bố kết quả: a remediation plan rests on the decision that published the
// results it remedies ("Căn cứ Quyết định số 94/QĐ-UBND ngày 17/01/2024 … về việc công bố Chỉ số
// cải cách hành chính năm 2023", sample 002), so the draft cites it when the results carry it.
import type { LegalReference } from './plan';

/** Quyết định công bố kết quả: as stored with a unit's results (số, ngày), with who issued it. */
export interface ResultsDecision {
  /** "123/QĐ-UBND" or "Quyết định số 123/QĐ-UBND", as entered. */
  decisionNumber: string;
  /** ISO date, or null when not entered. */
  decisionDate: string | null;
  /** Cơ quan ban hành, as written inside a sentence: "Ủy ban nhân dân tỉnh Đồng Tháp". */
  issuer: string;
}

/** Loại văn bản at the start of an entered number ("Quyết định số …", "QĐ số …"): kept as written. */
const NAMES_ITS_KIND = /^(quyết định|qđ|công văn|báo cáo|thông báo|kế hoạch)\b/iu;

/** "Quyết định số 123/QĐ-UBND" from "123/QĐ-UBND", "số 123/QĐ-UBND" or the full form. */
function decisionTitle(number: string): string {
  const trimmed = number.trim();
  if (NAMES_ITS_KIND.test(trimmed)) return trimmed;
  return `Quyết định số ${trimmed.replace(/^số\s*/iu, '')}`;
}

/**
 * Căn cứ kết quả: "Quyết định số 123/QĐ-UBND ngày 22/02/2024 của Ủy ban nhân dân tỉnh Đồng Tháp về
 * việc công bố kết quả Chỉ số CCHC năm 2023" as a legal reference; null when the results carry no
 * decision number (entered by hand without one).
 */
export function resultsDecisionReference(
  decision: ResultsDecision | null,
  index: { name: string; year: number },
): LegalReference | null {
  if (!decision || decision.decisionNumber.trim() === '') return null;
  return {
    number: decisionTitle(decision.decisionNumber),
    date: decision.decisionDate,
    issuer: decision.issuer.trim(),
    summary: `về việc công bố kết quả ${index.name} năm ${index.year}`,
  };
}

/**
 * Các căn cứ kết quả: one reference per decision, in the order given; two indices published by one
 * decision (same number) cite it once, naming both ("Chỉ số CCHC, Chỉ số SIPAS năm 2023").
 */
export function resultsBasis(
  entries: readonly { decision: ResultsDecision | null; index: { name: string; year: number } }[],
): LegalReference[] {
  const byNumber = new Map<string, { decision: ResultsDecision; names: string[]; year: number }>();
  for (const { decision, index } of entries) {
    if (!decision || decision.decisionNumber.trim() === '') continue;
    const key = decisionTitle(decision.decisionNumber).toLocaleLowerCase('vi');
    const known = byNumber.get(key);
    if (known) {
      if (!known.names.includes(index.name)) known.names.push(index.name);
    } else {
      byNumber.set(key, { decision, names: [index.name], year: index.year });
    }
  }
  return [...byNumber.values()].flatMap(({ decision, names, year }) => {
    const reference = resultsDecisionReference(decision, { name: names.join(', '), year });
    return reference ? [reference] : [];
  });
}
