import type { PlanSignature } from '../plan';

/** Khối chữ ký trống: what a draft carries when the document's signature block was not read. */
export function defaultSignature(): PlanSignature {
  return { mode: 'direct', authority: '', signerTitle: '', signerName: '' };
}
