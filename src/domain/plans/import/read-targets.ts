// Đọc chỉ tiêu (owner: the noise/header piece). PLACEHOLDER: every paragraph a free-text target.
import type { PlanTarget } from '../plan';
import { newTarget } from '../plan-targets';
import type { ImportFramework, Provenance } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

/** Chỉ tiêu đọc được, with provenance keyed "target:<id>". */
export interface TargetsReading {
  targets: PlanTarget[];
  provenance: Record<string, Provenance>;
}

/** Đọc chỉ tiêu: numbers with comparators, ranks, grades → the target kinds; anything else free text. */
export function readTargets(
  paragraphs: readonly Paragraph[],
  _ctx: { frameworks: readonly ImportFramework[]; year: number | null },
): TargetsReading {
  const targets: PlanTarget[] = [];
  const provenance: Record<string, Provenance> = {};
  paragraphs.forEach((paragraph, index) => {
    const id = `g${index + 1}`;
    targets.push(
      newTarget({ id, metric: paragraph.text.replace(/^[-+•]\s*/, ''), kind: 'free_text' }),
    );
    provenance[`target:${id}`] = { confidence: 0.5, source: spansOf([paragraph]), flags: [] };
  });
  return { targets, provenance };
}
