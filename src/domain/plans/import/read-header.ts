// Đọc phần đầu văn bản (owner: the noise/header piece). PLACEHOLDER: the title only.
import type { PlanContent } from '../plan';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

/** Phần đầu đọc được: the header fields of PlanContent, the year the plan is for, and provenance per field. */
export interface HeaderReading {
  fields: Pick<
    PlanContent,
    'parentBody' | 'issuingBody' | 'number' | 'symbol' | 'place' | 'issuedOn' | 'title'
  >;
  /** Năm kế hoạch: from the title ("năm 2024"), else the date; null when neither says. */
  year: number | null;
  provenance: Record<string, Provenance>;
}

/** Đọc phần đầu: quốc hiệu, cơ quan ban hành và chủ quản, số và ký hiệu, địa danh và ngày, tên loại, trích yếu. */
export function readHeader(header: readonly Paragraph[]): HeaderReading {
  const last = header.at(-1);
  const year = last ? Number(/năm (\d{4})/.exec(last.text)?.[1] ?? NaN) : NaN;
  return {
    fields: {
      parentBody: '',
      issuingBody: '',
      number: null,
      symbol: 'KH-UBND',
      place: '',
      issuedOn: null,
      title: last?.text ?? '',
    },
    year: Number.isFinite(year) ? year : null,
    provenance: last ? { title: { confidence: 0.5, source: spansOf([last]), flags: [] } } : {},
  };
}
