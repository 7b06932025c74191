// Đối chiếu tiêu đề với bộ chỉ số: the framework a block is about (its kind, the results year the
// plan remedies) and the node a heading names — by code when the heading says "Tiêu chí 2.7",
// else by folded words shared with a node's name. The plan's own numbering ("1.2.1.") is never
// read as a code: only the words after a label reach here.
import type { IndexKind } from '../../frameworks/index-kind';
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { ImportFramework } from './imported-plan';

/** Tiêu chí khớp: the node code, how sure (0–1) and whether the code or the name found it. */
export interface NodeMatch {
  code: string;
  confidence: number;
  by: 'code' | 'name';
}

/** Ngưỡng nhận một tiêu chí theo tên: below it the heading is left without a node. */
export const NODE_MATCH_MIN = 0.6;

/** Dưới ngưỡng này: a name match is offered but flagged 'node_guess'. */
export const NODE_MATCH_SURE = 0.8;

/**
 * Bộ chỉ số của khối: the framework of that kind for the plan's year — the plan year or the year
 * before (a 2024 plan remedies the 2023 results); the latest not after the plan year when several,
 * the earliest when all are later; the latest when the year is unknown.
 */
export function frameworkFor(
  kind: IndexKind,
  frameworks: readonly ImportFramework[],
  year: number | null,
): ImportFramework | null {
  const ofKind = frameworks.filter((framework) => framework.indexKind === kind);
  if (ofKind.length === 0) return null;
  const byYear = [...ofKind].sort((a, b) => a.year - b.year);
  if (year === null) return byYear.at(-1)!;
  return byYear.filter((framework) => framework.year <= year).at(-1) ?? byYear[0]!;
}

// Abbreviations plans use in headings, expanded so "Cải cách TTHC" meets "thủ tục hành chính".
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bcchc\b/g, 'cai cach hanh chinh'],
  [/\btthc\b/g, 'thu tuc hanh chinh'],
  [/\bvbqppl\b/g, 'van ban quy pham phap luat'],
  [/\bqppl\b/g, 'quy pham phap luat'],
  [/\bcntt\b/g, 'cong nghe thong tin'],
  [/\bcbccvc\b/g, 'can bo cong chuc vien chuc'],
  [/\bcbcc\b/g, 'can bo cong chuc'],
  [/\bccvc\b/g, 'cong chuc vien chuc'],
  [/\bdvc\b/g, 'dich vu cong'],
  [/\bhcc\b/g, 'hanh chinh cong'],
];

// Words that carry no subject: "Về", "của", "và", "các", "trong", "đối với"…
const STOP_WORDS = new Set(['ve', 'cua', 'va', 'cac', 'nhung', 'trong', 'doi', 'voi', 'cho', 'den', 'tai', 'o', 'la', 'theo', 'tu', 'nham', 'de', 'viec', 'mot', 'so']); // prettier-ignore

/** Từ khóa của tên: folded words of a heading or node name, abbreviations expanded, stop words dropped. */
export function nameWords(text: string): Set<string> {
  let folded = foldVietnamese(text);
  for (const [pattern, expansion] of ABBREVIATIONS) folded = folded.replace(pattern, expansion);
  return new Set(
    folded
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '' && !STOP_WORDS.has(word) && !/^\d+$/.test(word)),
  );
}

/** Độ giống tên: the mean of Dice over the word sets and how much of the heading the node's name covers. */
export function nameSimilarity(heading: ReadonlySet<string>, node: ReadonlySet<string>): number {
  if (heading.size === 0 || node.size === 0) return 0;
  let shared = 0;
  for (const word of heading) if (node.has(word)) shared += 1;
  const dice = (2 * shared) / (heading.size + node.size);
  return (dice + shared / heading.size) / 2;
}

const CODE_WORDS =
  /\b(?:tieu chi(?: thanh phan)?|linh vuc|chi so thanh phan|noi dung thanh phan|tru cot|truc)\s+(?:so\s+)?(\d+(?:\.\d+){0,3})\b/;

/**
 * Tiêu chí của tiêu đề: the node a heading names, by code ("Tiêu chí 2.7", "Lĩnh vực 3") when the
 * framework has it, else by name among the nodes under `underCode` (all nodes when null), the
 * best score over NODE_MATCH_MIN, a shallower node winning a tie.
 */
export function matchNode(
  heading: string,
  framework: ImportFramework,
  underCode: string | null,
): NodeMatch | null {
  const code = CODE_WORDS.exec(foldVietnamese(heading))?.[1];
  if (code && framework.nodes.some((node) => node.code === code))
    return { code, confidence: 0.95, by: 'code' };
  const words = nameWords(heading);
  if (words.size < 2) return null;
  const candidates = framework.nodes.filter(
    (node) => underCode === null || node.code.startsWith(`${underCode}.`),
  );
  let best: NodeMatch | null = null;
  let bestDepth = Infinity;
  for (const node of candidates) {
    const score = nameSimilarity(words, nameWords(node.name));
    const depth = node.code.split('.').length;
    if (
      score >= NODE_MATCH_MIN &&
      (!best ||
        score > best.confidence + 1e-9 ||
        (Math.abs(score - best.confidence) < 1e-9 && depth < bestDepth))
    ) {
      best = { code: node.code, confidence: Math.min(score, 0.95), by: 'name' };
      bestDepth = depth;
    }
  }
  return best;
}
