// Đọc phần kết (owner: the noise/header piece). PLACEHOLDER: "- X;" lines after "Nơi nhận" only.
import type { PlanSignature } from '../plan';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

/** Phần kết đọc được: Nơi nhận and the signature block, with provenance ("recipients", "signature"). */
export interface ClosingReading {
  recipients: string[];
  signature: PlanSignature;
  provenance: Record<string, Provenance>;
}

/** Đọc Nơi nhận and khối chữ ký (TM./KT./Q., chức vụ, họ tên). */
export function readClosing(closing: readonly Paragraph[]): ClosingReading {
  const lines = closing.filter((paragraph) => /^-\s/.test(paragraph.text));
  return {
    recipients: lines.map((paragraph) =>
      paragraph.text.replace(/^-\s*/, '').replace(/[;.]\s*$/, ''),
    ),
    signature: { mode: 'direct', authority: '', signerTitle: '', signerName: '' },
    provenance: lines.length
      ? { recipients: { confidence: 0.5, source: spansOf(lines), flags: [] } }
      : {},
  };
}
