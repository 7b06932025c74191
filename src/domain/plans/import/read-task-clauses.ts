// Đọc câu giao việc: splits one prose paragraph into the task it states and the clauses around it
// — "Giao X chủ trì, phối hợp Y thực hiện", "X chủ trì, phối hợp với Y …", "Đề nghị X …" (a
// request), field lines ("+ Đơn vị chủ trì thực hiện: X", "Thời gian: …", "Sản phẩm: …") and
// deadlines ("hoàn thành trước 30/6/2024", "(Quý II/2024)"). Unit names are told from verbs by
// case: plans capitalise names ("Phòng Tổ chức - Hành chính") and write verbs in lower case.
import type { TaskKind } from '../plan';
import { parseTimeframe } from '../parse-timeframe';
import { foldInPlace } from './fold-in-place';

/** Các vế của câu giao việc; '' for what the paragraph does not state. */
export interface TaskClauses {
  /** The task itself, clauses removed, first letter capitalised. */
  content: string;
  lead: string;
  coordinating: string;
  timeframe: string;
  output: string;
  kind: TaskKind;
  /** How the lead was written: a field line, "Giao X …" / "Đề nghị X …", or "X chủ trì …". */
  leadForm: 'field' | 'assignment' | 'subject' | null;
  /** Only fields: "+ Đơn vị phối hợp thực hiện: …", "+ Thời gian thực hiện: Thường xuyên.". */
  fieldsOnly: boolean;
  /** A lead sentence with no task of its own ("Giao Phòng Nội vụ chủ trì … thực hiện."): it closes the bullets above it. */
  bare: boolean;
  /** The lead sentence opens the paragraph ("Giao X …", "X chủ trì …"): no task text before it. */
  leadAtStart: boolean;
}

type Field = 'lead' | 'coordinating' | 'executing' | 'timeframe' | 'output';

const FIELD_PATTERNS: readonly [Field, string][] = [
  ['lead', '(?:(?:don vi|co quan|bo phan)\\s+)?(?:tham muu\\s+)?chu tri(?:\\s+(?:thuc hien|tham muu))?'],
  ['coordinating', '(?:(?:don vi|co quan|bo phan)\\s+)?phoi hop(?:\\s+thuc hien)?'],
  ['executing', '(?:don vi|co quan|bo phan)\\s+(?:tham muu\\s+)?thuc hien'],
  ['timeframe', '(?:thoi gian|thoi han|tien do)(?:\\s+(?:thuc hien|hoan thanh))?'],
  ['output', '(?:san pham(?:\\s+dau ra)?|ket qua(?:\\s*\\/\\s*san pham)?(?:\\s+dau ra)?)'],
]; // prettier-ignore

const FIELD_MARKER = new RegExp(
  `(?<![a-z0-9])(?:${FIELD_PATTERNS.map(([, pattern]) => `(${pattern})`).join('|')})\\s*:`,
  'g',
);

// Lower-case verbs that end a unit's name in "Giao X chủ trì …", "Đề nghị X phối hợp …".
const VERBS = [
  'chủ trì', 'phối hợp', 'tham mưu', 'thực hiện', 'triển khai', 'theo dõi', 'tổ chức', 'chịu trách nhiệm',
  'có trách nhiệm', 'hướng dẫn', 'xây dựng', 'rà soát', 'kiểm tra', 'tăng cường', 'đôn đốc', 'tuyên truyền',
  'vận động', 'giám sát', 'cập nhật', 'nghiên cứu', 'tiếp tục', 'quan tâm', 'là', 'ban hành', 'đẩy mạnh',
  'duy trì', 'nâng cao', 'báo cáo', 'tổng hợp', 'chỉ đạo', 'căn cứ', 'khẩn trương', 'thường xuyên', 'đảm bảo',
  'bảo đảm', 'tập trung', 'phát huy', 'cung cấp', 'lập', 'soạn thảo', 'trình', 'phổ biến', 'quán triệt',
  'khảo sát', 'đánh giá', 'theo', 'cùng', 'với', 'để', 'nhằm', 'trong', 'tích cực', 'chủ động', 'thẩm định',
]; // prettier-ignore
// "tổ chức" is a verb ("tổ chức thực hiện") except in "các tổ chức chính trị - xã hội", "cơ quan, tổ chức,".
const VERB_ALTERNATIVES = (verbs: readonly string[]) =>
  verbs
    .map((verb) =>
      verb === 'tổ chức'
        ? 'tổ chức(?! (?:chính trị|đoàn thể|hội|xã hội|có liên quan|liên quan))(?!,)'
        : verb,
    )
    .join('|');
const VERB = new RegExp(
  `[\\s,](?:${VERB_ALTERNATIVES(VERBS)})(?=[\\s,.;:]|$)|\\s*:|[.;](?=\\s|$)`,
  'u',
);
const VERB_AFTER_COORDINATION = new RegExp(
  `\\s(?:${VERB_ALTERNATIVES(VERBS.filter((verb) => !['phối hợp', 'với', 'cùng', 'trong', 'theo'].includes(verb)))})(?=[\\s,.;:]|$)|[.;](?=\\s|$)`,
  'u',
);
// Lower-case words that occur inside unit names and groups ("các phòng, ban, đơn vị trực thuộc",
// "các xã, thị trấn", "Trung tâm Phục vụ hành chính công"); any other lower-case word ends the name.
const UNIT_VOCABULARY = new Set(
  `và các cơ quan đơn vị phòng ban ngành sở xã phường thị trấn huyện tỉnh thành phố quận thuộc trực liên có
  chuyên môn cấp đoàn thể tổ chức chính trị hội địa phương nhân dân ủy ấp thôn khu bộ phận một cửa công trung
  tâm văn hóa hoá trường học trạm y tế mặt trận tổ quốc nhà nước kho bạc lãnh đạo thủ trưởng chủ tịch viên an
  quân sự đài truyền thanh thông tin bưu điện hành phục vụ tư pháp nội tài kế hoạch toán kinh xã hội sự nghiệp
  cùng với của`.split(/\s+/),
);

/** Where a unit's name (or a list of names) ends: at a verb, a colon, a sentence end, or a word no name has. */
function unitEnd(text: string, verb: RegExp): number {
  const found = verb.exec(text);
  let end = found ? found.index : text.length;
  const word = /[\p{L}\p{N}]+/gu;
  for (const match of text.slice(0, end).matchAll(word)) {
    const token = match[0];
    if (/^\p{Ll}/u.test(token) && !UNIT_VOCABULARY.has(token) && match.index > 0) {
      end = match.index;
      break;
    }
  }
  return end;
}
const UNIT_WORDS =
  /^(?:cac |phong|van phong|ban |trung tam|cong an|uy ban|ubnd|ub |so |doan |hoi |cong chuc|bo phan|dai |tram |chi cuc|thu truong|chu tich|lanh dao|hdnd|mttq|quan su|truong |buu dien|co quan|don vi)/;
const ASSIGNMENT = /(?:^|[.;:]\s+)(giao cho|giao|de nghi|yeu cau)\s+(?=\S)/g;
const BARE_REST =
  /^(?:(?:tham muu|to chuc|trien khai|huong dan)(?: cho)?(?: (?:ubnd|uy ban nhan dan|chu tich)[^,.;]{0,30}?)? )?(?:to chuc |trien khai )?(?:thuc hien|trien khai)?(?: (?:theo|dung) (?:quy dinh|ke hoach))?$/;
const DEADLINE =
  /(?:^|[,;]\s*|\s)((?:hoan thanh|xong)\s+(?:truoc|trong|cham nhat)\s[^,;]*?|(?:truoc|cham nhat(?: la)?(?: vao)?)(?: ngay)? \d{1,2}\/\d{1,2}(?:\/\d{4})?)(?=[,;.]?\s*$|[,;]|\.\s)/;

/** Viết hoa chữ đầu, bỏ dấu câu thừa ở cuối. */
export function tidySentence(text: string): string {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–-]+/, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}

function unitText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:]+|[\s,.;:]+$/g, '')
    .trim();
}

interface Fields {
  before: string;
  values: Partial<Record<Field, string>>;
}

function readFields(text: string): Fields {
  const folded = foldInPlace(text);
  const markers: { field: Field; start: number; end: number }[] = [];
  for (const match of folded.matchAll(FIELD_MARKER)) {
    const group = match.slice(1).findIndex((value) => value !== undefined);
    const field = FIELD_PATTERNS[group]![0];
    // "Kết quả: …" opening a paragraph is a result, not an output field.
    if (field === 'output' && match.index === 0 && folded.startsWith('ket qua')) continue;
    markers.push({ field, start: match.index, end: match.index + match[0].length });
  }
  const values: Partial<Record<Field, string>> = {};
  markers.forEach((marker, index) => {
    const value = unitText(text.slice(marker.end, markers[index + 1]?.start ?? text.length));
    values[marker.field] = values[marker.field] ? `${values[marker.field]}; ${value}` : value;
  });
  const before = markers.length ? text.slice(0, markers[0]!.start) : text;
  return { before: before.replace(/[\s+–-]+$/, ''), values };
}

interface LeadSentence {
  start: number;
  lead: string;
  coordinating: string;
  rest: string;
  kind: TaskKind;
  form: 'assignment' | 'subject';
}

/** After a lead's name: "chủ trì[, phối hợp (với) Y]" and what follows. */
function readAfterLead(text: string): { coordinating: string; rest: string } {
  let rest = text.trimStart();
  rest = rest.replace(/^chủ trì(?:\s+tham mưu)?[\s,]*/u, '');
  const coordination = /^(?:và\s+)?phối hợp(?:\s+(?:với|cùng))?\s+/u.exec(rest);
  if (!coordination) return { coordinating: '', rest };
  rest = rest.slice(coordination[0].length);
  const at = unitEnd(rest, VERB_AFTER_COORDINATION);
  return { coordinating: unitText(rest.slice(0, at)), rest: rest.slice(at) };
}

function readLeadSentence(text: string): LeadSentence | null {
  const folded = foldInPlace(text);
  for (const match of folded.matchAll(ASSIGNMENT)) {
    const verbStart = match.index + match[0].length - match[0].trimStart().length;
    const unitStart = match.index + match[0].length;
    const next = text.slice(unitStart);
    if (!/^\p{Lu}/u.test(next) && !UNIT_WORDS.test(folded.slice(unitStart))) continue;
    const end = unitEnd(next, VERB);
    const unit = unitText(next.slice(0, end));
    if (unit === '' || unit.split(' ').length > 40) continue;
    const kind: TaskKind = match[1] === 'de nghi' ? 'request' : 'assignment';
    const after = next.slice(end);
    const { coordinating, rest } =
      kind === 'request' ? { coordinating: '', rest: after } : readAfterLead(after);
    return { start: verbStart, lead: unit, coordinating, rest, kind, form: 'assignment' };
  }
  // "Phòng Nội vụ chủ trì, phối hợp với … thực hiện …": a unit opening the sentence, then "chủ trì".
  const subject = /^(\p{Lu}[^.;:]{1,120}?)\s+chủ trì(?=[\s,.;:]|$)/u.exec(text);
  if (
    subject &&
    !VERB.test(subject[1]!) &&
    UNIT_WORDS.test(foldInPlace(subject[1]!)) &&
    subject[1]!.split(' ').length <= 15
  ) {
    const { coordinating, rest } = readAfterLead(text.slice(subject[1]!.length));
    return {
      start: 0,
      lead: unitText(subject[1]!),
      coordinating,
      rest,
      kind: 'assignment',
      form: 'subject',
    };
  }
  return null;
}

function readDeadline(text: string): { timeframe: string; rest: string } {
  const bracket = /\s*\(([^()]{3,60})\)\s*[.;]?\s*$/.exec(text);
  if (bracket) {
    const kind = parseTimeframe(bracket[1]!).kind;
    if (kind !== 'unknown' && kind !== 'not_stated')
      return { timeframe: bracket[1]!.trim(), rest: text.slice(0, bracket.index) };
  }
  const deadline = DEADLINE.exec(foldInPlace(text));
  if (deadline) {
    const start = deadline.index + deadline[0].length - deadline[1]!.length;
    const end = start + deadline[1]!.length;
    return {
      timeframe: text.slice(start, end).trim(),
      rest: `${text.slice(0, start)}${text.slice(end)}`,
    };
  }
  return { timeframe: '', rest: text };
}

// "Nhiệm vụ, giải pháp khắc phục:", "Giải pháp:", "Nội dung:": a heading word, not the task.
const CONTENT_PREFIX =
  /^(?:(?:cac )?nhiem vu(?:,| va)? giai phap(?: khac phuc| nang cao| cai thien)?|nhiem vu|giai phap(?: thuc hien)?|noi dung(?: thuc hien)?)\s*:\s*/;

/**
 * Đọc câu giao việc: the task a paragraph states and its lead, coordinating units, timeframe and
 * output, as far as the paragraph says them.
 * @example readTaskClauses('Giao Phòng Nội vụ chủ trì, phối hợp Văn phòng thực hiện.')
 *   // → { lead: 'Phòng Nội vụ', coordinating: 'Văn phòng', bare: true, … }
 */
export function readTaskClauses(text: string): TaskClauses {
  const { before, values } = readFields(text.replace(/\s+/g, ' ').trim());
  let lead = values.lead ?? '';
  let coordinating = values.coordinating ?? '';
  if (values.executing) {
    if (lead)
      coordinating = coordinating ? `${coordinating}; ${values.executing}` : values.executing;
    else lead = values.executing;
  }
  let leadForm: TaskClauses['leadForm'] = lead ? 'field' : null;
  let kind: TaskKind = 'assignment';
  let body = before;
  let bare = false;
  let leadAtStart = false;
  const sentence = readLeadSentence(body);
  if (sentence) {
    kind = sentence.kind;
    if (!lead) {
      lead = sentence.lead;
      leadForm = sentence.form;
    }
    if (!coordinating) coordinating = sentence.coordinating;
    const head = body.slice(0, sentence.start);
    leadAtStart = head.trim() === '';
    if (kind !== 'request') {
      const rest = sentence.rest.replace(/^[\s,]+/, '');
      const restIsBare = BARE_REST.test(
        foldInPlace(rest)
          .replace(/[\s,.;:]+$/, '')
          .trim(),
      );
      bare = leadAtStart && restIsBare;
      body = `${head} ${restIsBare ? '' : rest}`;
    }
  }
  const deadline = values.timeframe
    ? { timeframe: values.timeframe, rest: body }
    : readDeadline(body);
  const content = tidySentence(deadline.rest);
  const folded = foldInPlace(content);
  const prefix = CONTENT_PREFIX.exec(folded);
  const stripped = prefix ? tidySentence(content.slice(prefix[0].length)) : content;
  const fieldsOnly = before.trim() === '' && Object.keys(values).length > 0;
  return {
    content: stripped,
    lead: unitText(lead),
    coordinating: unitText(coordinating),
    timeframe: deadline.timeframe.replace(/[\s,.;]+$/, ''),
    output: values.output ?? '',
    kind,
    leadForm,
    fieldsOnly,
    bare,
    leadAtStart,
  };
}
