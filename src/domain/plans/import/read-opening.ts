// Đọc phần mở đầu (owner: the noise/header piece). PLACEHOLDER: paragraphs before the first
// numbered heading are the preamble; no basis documents read.
import type { LegalReference } from '../plan';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph, type TextReading } from './paragraph';

/** Mở đầu đọc được: the preamble, the "Căn cứ" documents, and the body paragraphs after them. */
export interface OpeningReading {
  preamble: TextReading | null;
  basis: { reference: LegalReference; provenance: Provenance }[];
  rest: Paragraph[];
}

/** Đọc mở đầu: "Căn cứ …;" lines and the opening paragraph, up to the first numbered heading. */
export function readOpening(body: readonly Paragraph[]): OpeningReading {
  const first = body.findIndex((paragraph) => /^[IVX]+\.\s/.test(paragraph.text));
  const opening = body.slice(0, Math.max(first, 0));
  return {
    preamble: opening.length
      ? {
          text: opening.map((p) => p.text).join('\n'),
          confidence: 0.5,
          source: spansOf(opening),
        }
      : null,
    basis: [],
    rest: body.slice(Math.max(first, 0)),
  };
}
