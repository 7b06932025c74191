// Đọc phần mở đầu: the paragraphs between the title and the first heading ("I. MỤC ĐÍCH…") —
// "Căn cứ …;" lines, "Thực hiện Kế hoạch số … của …" and "Nhằm …" sentences. The documents they
// name become the plan's basis (căn cứ); the rest is the preamble. A "Căn cứ" paragraph whose
// documents were all read is not repeated in the preamble, because the plan prints its basis as
// "Căn cứ …" lines of its own.
import type { LegalReference } from '../plan';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph, type TextReading } from './paragraph';
import { readLegalReferences } from './read-legal-references';

/** Mở đầu đọc được: the preamble, the "Căn cứ" documents, and the body paragraphs after them. */
export interface OpeningReading {
  preamble: TextReading | null;
  basis: { reference: LegalReference; provenance: Provenance }[];
  rest: Paragraph[];
}

/** Câu dẫn căn cứ: the sentence openings that name the documents a plan rests on. */
const BASIS_OPENING = /^(Căn cứ|Thực hiện|Triển khai|Theo|Trên cơ sở|Thi hành)(?=[\s,:]|$)/u;

/** Đọc mở đầu: "Căn cứ …;" lines and the opening paragraph, up to the first numbered heading. */
export function readOpening(body: readonly Paragraph[]): OpeningReading {
  const first = firstHeading(body);
  const opening = body.slice(0, first);
  const basis: OpeningReading['basis'] = [];
  const preamble: Paragraph[] = [];
  for (const paragraph of opening) {
    if (paragraph.table !== undefined) continue;
    const references = BASIS_OPENING.test(paragraph.text)
      ? readLegalReferences(paragraph.text)
      : [];
    for (const reference of references) {
      const complete = reference.date !== null && reference.issuer !== '';
      basis.push({
        reference,
        provenance: {
          confidence: complete ? 0.85 : 0.6,
          source: spansOf([paragraph]),
          flags: [],
        },
      });
    }
    if (!(references.length && /^Căn cứ(?=[\s,:]|$)/u.test(paragraph.text)))
      preamble.push(paragraph);
  }
  return {
    preamble: preamble.length
      ? {
          text: preamble.map((paragraph) => paragraph.text).join('\n'),
          confidence: 0.85,
          source: spansOf(preamble),
        }
      : null,
    basis,
    rest: [...opening.filter((paragraph) => paragraph.table !== undefined), ...body.slice(first)],
  };
}

/**
 * Đề mục đầu tiên: "I.", "A." (a block) or, in a plan without them, "1." — the end of the
 * opening. A plan with no numbered heading at all opens with its "Căn cứ / Thực hiện / Nhằm"
 * paragraphs only.
 */
function firstHeading(body: readonly Paragraph[]): number {
  const patterns = [/^[IVXLC]+\s*[.)]\s/u, /^[A-ZĐ]\s*\.\s+\p{Lu}/u, /^1\s*[.)]\s/u];
  for (const pattern of patterns) {
    const at = body.findIndex(
      (paragraph) => pattern.test(paragraph.text) || paragraph.override?.role === 'heading',
    );
    if (at >= 0) return at;
  }
  const prose = body.findIndex((paragraph) => !OPENING_SENTENCE.test(paragraph.text));
  return prose < 0 ? body.length : prose;
}

const OPENING_SENTENCE =
  /^(Căn cứ|Thực hiện|Triển khai|Theo|Trên cơ sở|Thi hành|Nhằm|Để)(?=[\s,:]|$)/u;
