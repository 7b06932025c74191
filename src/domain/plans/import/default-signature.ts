import type { PlanSignature } from '../plan';

/** Khối chữ ký trống: what a draft carries when the document's signature block was not read. */
export function defaultSignature(): PlanSignature {
  return { mode: 'direct', authority: '', signerTitle: '', signerName: '' };
}

/** Có khối chữ ký: true when the closing gave any of authority, title or name (a bare "CHÁNH VĂN PHÒNG" has no authority). */
export function hasSignature(signature: PlanSignature): boolean {
  return Boolean(signature.authority || signature.signerTitle || signature.signerName);
}
