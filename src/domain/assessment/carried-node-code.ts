import type { CodeMapping } from '../frameworks/framework';
import { mapCode } from '../frameworks/copy-framework';

/** Một bộ chỉ số trong chuỗi sao chép: its id, kind, year, where it was copied from and how codes moved (old → new). */
export interface FrameworkLineageStep {
  id: string;
  indexKind: string;
  year: number;
  copiedFromId: string | null;
  codeMapping: CodeMapping | null;
}

/** Tiêu chí mà nhiệm vụ liên kết: the framework and code a task's node link names. */
export interface LinkedNode {
  frameworkId: string;
  code: string;
}

/**
 * Mã tiêu chí năm nay của một liên kết: a task drafted from last year's results links last year's
 * code; this returns the code it has in the round's framework — the same framework as it is; an
 * ancestor in the copy chain through each copy's code mapping (old → new, unlisted codes keep
 * theirs); another framework of the same index kind of an earlier year by the same code. Null
 * when the link belongs elsewhere or its code no longer exists.
 */
export function carriedNodeCode(
  current: FrameworkLineageStep,
  frameworksById: ReadonlyMap<string, FrameworkLineageStep>,
  link: LinkedNode,
  currentCodes: ReadonlySet<string>,
): string | null {
  const mappings: (CodeMapping | null)[] = [];
  const seen = new Set<string>();
  let step: FrameworkLineageStep | undefined = current;
  while (step && !seen.has(step.id)) {
    seen.add(step.id);
    if (step.id === link.frameworkId) {
      const code = mappings.reduceRight<string>(
        (carried, mapping) => mapCode(mapping ?? {}, carried),
        link.code,
      );
      return currentCodes.has(code) ? code : null;
    }
    mappings.push(step.codeMapping);
    step = step.copiedFromId ? frameworksById.get(step.copiedFromId) : undefined;
  }
  const linked = frameworksById.get(link.frameworkId);
  if (!linked || linked.indexKind !== current.indexKind || linked.year >= current.year) return null;
  return currentCodes.has(link.code) ? link.code : null;
}
