// Tiêu chí của nhiệm vụ bảng: an appendix row of a remediation plan often names the sub-criterion
// it recovers ("Tỷ lệ hồ sơ TTHC … được giải quyết đúng hạn"; two joined by ";"). Each part of the
// content is compared with the framework nodes' names by their words; a near-equal name links the
// node, marked as a guess unless the words are the same.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { ImportFramework } from './imported-plan';

/** Liên kết tiêu chí đọc được: the nodes a task's content names, and whether any is a guess. */
export interface NodeLinkReading {
  links: { frameworkId: string; code: string }[];
  guess: boolean;
}

// Share of the shorter name's syllable pairs the other holds; below this no link is offered.
const LINK_THRESHOLD = 0.7;
const MIN_WORDS = 3;
// Words that say nothing about which criterion ("năm 2023", "của", "các").
const IGNORED = new Set(['cua', 'cac', 'va', 'nam', 'trong', 'duoc', 'do', 'the', 'nhung']);

// Pairs of neighbouring syllables ("cai cach", "cach hanh"): Vietnamese words are mostly two
// syllables, and single syllables ("to", "bo", "chuc") are shared by unrelated names.
function wordsOf(text: string): Set<string> {
  const syllables = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !IGNORED.has(word) && !/^\d{4}$/.test(word));
  return new Set(syllables.slice(1).map((syllable, at) => `${syllables[at]} ${syllable}`));
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_WORDS) return 0;
  let common = 0;
  for (const word of small) if (large.has(word)) common += 1;
  // A short part inside a long name is weaker than a name met in full.
  return (common / small.size) * Math.min(1, (small.size / large.size) * 2);
}

// Each framework's node names as word sets, computed once per framework object.
const NODE_WORDS = new WeakMap<ImportFramework, Set<string>[]>();

function nodeWords(framework: ImportFramework): Set<string>[] {
  let words = NODE_WORDS.get(framework);
  if (!words)
    NODE_WORDS.set(framework, (words = framework.nodes.map((node) => wordsOf(node.name))));
  return words;
}

/** Đọc tiêu chí: the framework nodes each ";"-part of `content` names, best first. */
export function linkNodes(
  content: string,
  frameworks: readonly ImportFramework[],
): NodeLinkReading {
  const links: { frameworkId: string; code: string }[] = [];
  let guess = false;
  for (const part of content.split(';')) {
    const words = wordsOf(part);
    let best: { frameworkId: string; code: string; score: number; same: boolean } | null = null;
    for (const framework of frameworks) {
      const names = nodeWords(framework);
      for (const [at, node] of framework.nodes.entries()) {
        const score = overlap(words, names[at]!);
        if (score < LINK_THRESHOLD) continue;
        if (
          !best ||
          score > best.score ||
          (score === best.score && node.code.length > best.code.length)
        )
          best = {
            frameworkId: framework.id,
            code: node.code,
            score,
            same: names[at]!.size === words.size && score === 1,
          };
      }
    }
    const found = best;
    if (
      !found ||
      links.some((link) => link.code === found.code && link.frameworkId === found.frameworkId)
    )
      continue;
    links.push({ frameworkId: found.frameworkId, code: found.code });
    if (!found.same) guess = true;
  }
  return { links, guess };
}
