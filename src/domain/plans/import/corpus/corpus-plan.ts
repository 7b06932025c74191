// Kho kế hoạch thật (corpus): public plans collected from provincial, district and commune portals
// and legal-text sites, each kept verbatim as the page gave it (portal noise, "|" table rows,
// hard wraps, a cut at the end) beside what a careful person reads in it. The corpus test scores
// the importer against these readings, so the rules must hold on plans nobody tuned them on.
//
// How the expected readings were written (by hand, never by running the importer):
// - Only the text in `text` is read. A page that gave only the start of a plan is `complete:
//   false`, and its reading covers that start only (no guess at what the rest would say).
// - number / symbol: from the "Số: 206/KH-UBND" line ("206", "KH-UBND"); null when the line is
//   missing or the number is left blank ("Số: /KH-UBND" → number null, symbol "KH-UBND"). When a
//   plan is attached to a decision (Quyết định ban hành kèm theo), the decision's line is the one
//   printed, so it is the one read.
// - issuedOn: the date of the "<Địa danh>, ngày … tháng … năm …" line, ISO; null when absent. A
//   date only in a portal's news sentence about another document is not the plan's date.
// - title: the trích yếu under the tên loại "KẾ HOẠCH", as printed (case kept), its wrapped lines
//   joined with one space, without a trailing full stop; '' when the page dropped it. When the
//   tên loại and trích yếu share one line ("Kế hoạch tuyên truyền …"), the words after "Kế hoạch".
// - signerName: the name in the signature block; when the block is cut off but the portal's
//   metadata names the signer ("Người ký: Nguyễn Văn Phương"), that name, since a reader sees it;
//   null otherwise.
// - topSections: the headings of the highest numbering level present in the text (A. over I.
//   over 1.), as printed, without their label ("I. ", "A. "), trailing punctuation dropped. The
//   articles of a decision ("Điều 1.") are not plan sections.
// - tasks: each row of a task table; in prose, each assignment of a unit to a piece of work
//   ("Giao Phòng Nội vụ chủ trì …", "Giám đốc Sở Nội vụ có trách nhiệm chủ trì …", "+ Đơn vị chủ
//   trì thực hiện: …" closing a block, a bullet under "a) Phòng X:", "đề nghị Ủy ban MTTQ …").
//   A purpose, requirement or solution sentence that names no unit is not a task, nor is the
//   closing clause "… chịu trách nhiệm thi hành Quyết định này". `content` is the task text as
//   printed (its first ~60 characters, or the whole sentence when short); `lead` the unit as
//   printed without the head's title ("Giám đốc Sở Nội vụ" → "Sở Nội vụ"), '' when none;
//   `timeframe` as printed, '' when none.
// - leads: the distinct task leads, in first-seen order.
// - layout: 'prose' when no line of the text holds table cells; 'table' when the plan's content
//   is a table; 'mixed' when prose sits beside table rows ("|" rows, a header block or metadata
//   printed as cells on one line).
import type { IndexKind } from '../../../frameworks/index-kind';

/** Cấp của kế hoạch: who issues it (a department counts with its province). */
export type CorpusLevel = 'province' | 'district' | 'commune';

/** Bố cục: prose only, tables only, or both (see the rule above). */
export type CorpusLayout = 'table' | 'prose' | 'mixed';

/** Nhiệm vụ mong đợi: a task as a careful reader sees it. */
export interface CorpusTask {
  content: string;
  lead: string;
  timeframe: string;
}

/** Cách đọc mong đợi: what a careful person reads in the text (the rules are at the top of this file). */
export interface CorpusExpectation {
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  title: string;
  signerName: string | null;
  topSections: string[];
  tasks: CorpusTask[];
  leads: string[];
}

/** Kế hoạch trong kho: a public plan's text as found, where and when it was read, and its expected reading. */
export interface CorpusPlan {
  id: string;
  /** Địa chỉ nguồn and the day it was read. */
  source: { url: string; readOn: string };
  indexKinds: IndexKind[];
  level: CorpusLevel;
  layout: CorpusLayout;
  /** False when the page gave only part of the plan (the expectation then covers that part). */
  complete: boolean;
  text: string;
  expected: CorpusExpectation;
}
