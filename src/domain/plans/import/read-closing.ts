// Đọc phần kết: "Nơi nhận:" with its "- …;" lines (bottom left) and the signature block (bottom
// right: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name"). A PDF flattens the two
// columns, so signature lines may come before, after or between the recipients, or share a line
// with one ("- Sở Nội vụ; CHỦ TỊCH"); a .docx table gives them as "|" columns.
import type { PlanSignature } from '../plan';
import {
  SIGNATURE_MARK,
  isCapitalsLine,
  isRecipientsHeading,
  isSignerTitle,
} from './document-landmarks';
import type { Provenance } from './imported-plan';
import { spansOf, type Paragraph } from './paragraph';

/** Phần kết đọc được: Nơi nhận and the signature block, with provenance ("recipients", "signature"). */
export interface ClosingReading {
  recipients: string[];
  signature: PlanSignature;
  provenance: Record<string, Provenance>;
}

interface ClosingPiece {
  text: string;
  paragraph: Paragraph;
}

/** Họ tên người ký: two to six capitalised words ("Trương Thị Diệp", "Nguyễn Văn A"). */
const PERSON_NAME = /^(\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u;
/** A signature line glued to the end of a recipient line: "… ; Q. CHỦ TỊCH", "… . Trương Thị Diệp". */
const TRAILING_SIGNATURE =
  /^(.*?[;.])\s+((?:(?:TM|KT|Q|TL|TUQ)\.\s*)?[\p{Lu}Đ][\p{Lu}Đ .,-]{3,}|(?:\p{Lu}[\p{Ll}\p{M}]*\s+){2,5}\p{Lu}[\p{Ll}\p{M}]*)$/u;
/** Ghi chú in the signature space: "(Đã ký)", "(ký, đóng dấu)", "ký tên". */
const SIGNATURE_NOTE = /^\(?\s*(đã ký|ký tên|ký,? (ghi rõ họ tên|đóng dấu)|chữ ký)/iu;

/** Đọc Nơi nhận and khối chữ ký (TM./KT./Q., chức vụ, họ tên). */
export function readClosing(closing: readonly Paragraph[]): ClosingReading {
  const recipients: { text: string; paragraph: Paragraph }[] = [];
  const signature: ClosingPiece[] = [];
  let inRecipients = false;
  for (const piece of closing.flatMap(piecesOf)) {
    let text = piece.text;
    if (isRecipientsHeading(text)) {
      inRecipients = true;
      text = text.replace(/^\s*Nơi\s+nhận\s*[:.]?\s*/iu, '');
      if (!text) continue;
    }
    const glued = inRecipients && /^-/.test(text) ? TRAILING_SIGNATURE.exec(text) : null;
    if (glued && isGluedSignature(glued[2]!.trim())) {
      text = glued[1]!;
      signature.push({ text: glued[2]!.trim(), paragraph: piece.paragraph });
    }
    if (isSignaturePiece(text) && !/^-/.test(text)) {
      signature.push({ text, paragraph: piece.paragraph });
      continue;
    }
    if (SIGNATURE_NOTE.test(text)) continue;
    const previous = recipients.at(-1);
    if (/^[-+•]/.test(text)) {
      recipients.push({ text: text.replace(/^[-+•]\s*/, ''), paragraph: piece.paragraph });
    } else if (inRecipients && previous && !/[;.]$/.test(previous.text)) {
      // A recipient wrapped onto a line of its own ("- UB. MTTQ và các tổ chức chính trị" / "xã hội;").
      previous.text = `${previous.text} ${text}`;
    }
  }
  const signatureReading = readSignature(signature.map((piece) => piece.text));
  const provenance: Record<string, Provenance> = {};
  if (recipients.length) {
    provenance.recipients = {
      confidence: 0.9,
      source: spansOf(unique(recipients.map((item) => item.paragraph))),
      flags: [],
    };
  }
  if (signature.length) {
    provenance.signature = {
      confidence: signatureReading.confidence,
      source: spansOf(unique(signature.map((piece) => piece.paragraph))),
      flags: signatureReading.confidence < 0.6 ? ['low_confidence'] : [],
    };
  }
  return {
    recipients: recipients
      .map((item) => item.text.replace(/\s*[;.,]\s*$/, '').trim())
      .filter((text) => text !== ''),
    signature: signatureReading.signature,
    provenance,
  };
}

/** The closing's lines, each "|" column of a table line a piece of its own. */
function piecesOf(paragraph: Paragraph): ClosingPiece[] {
  return paragraph.text
    .split('\n')
    .flatMap((line) => line.split(/\s*\|\s*/))
    .map((text) => ({ text: text.trim(), paragraph }))
    .filter((piece) => piece.text !== '');
}

/** What may share a line with a recipient: a signature mark, a signer's title, the collective, or a full name. */
function isGluedSignature(text: string): boolean {
  return (
    SIGNATURE_MARK.test(text) ||
    isSignerTitle(text) ||
    /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)$/u.test(text) ||
    (PERSON_NAME.test(text) && text.split(/\s+/).length >= 3)
  );
}

function isSignaturePiece(text: string): boolean {
  const trimmed = text.trim();
  if (SIGNATURE_MARK.test(trimmed)) return true;
  if (isCapitalsLine(trimmed) && trimmed.length <= 70 && !/^-/.test(trimmed)) return true;
  return PERSON_NAME.test(trimmed) && trimmed.split(/\s+/).length <= 6;
}

/**
 * Khối chữ ký as plan-document.ts prints it back: TM. X / title → TM (authority X); [TM. …] /
 * KT. X / title → KT (authority X, the head's title); [TM. …] / Q. X → Q (authority X); a bare
 * title → direct. For direct the authority repeats the title: the head signs on their own
 * authority (and an empty authority reads as "no signature read").
 */
export function readSignature(lines: readonly string[]): {
  signature: PlanSignature;
  confidence: number;
} {
  const name = [...lines].reverse().find((line) => PERSON_NAME.test(line) && !isCapitalsLine(line));
  const titles = lines
    .filter((line) => line !== name && isCapitalsLine(line))
    .map((line) => line.replace(/\s+/g, ' ').trim());
  const signerName = name?.trim() ?? '';
  const found = (
    mode: PlanSignature['mode'],
    authority: string,
    signerTitle: string,
    sure: number,
  ) => ({
    signature: { mode, authority, signerTitle, signerName },
    confidence: signerName ? sure : sure - 0.2,
  });
  const marked = (prefix: string) => {
    const at = titles.findIndex((line) => new RegExp(`^${prefix}\\s*\\.\\s*`, 'u').test(line));
    return at < 0 ? null : { at, rest: titles[at]!.replace(/^\p{Lu}+\s*\.\s*/u, '') };
  };
  const kt = marked('KT');
  if (kt) return found('KT', kt.rest, titles[kt.at + 1] ?? '', 0.9);
  const acting = marked('Q');
  if (acting) return found('Q', acting.rest, '', 0.9);
  const tm = marked('TM');
  if (tm) return found('TM', tm.rest, titles[tm.at + 1] ?? '', 0.9);
  // TL. (thừa lệnh) and TUQ. (thừa ủy quyền) have no mode of their own: the signer's title is
  // kept and a person checks the block.
  const delegated = marked('TL') ?? marked('TUQ');
  if (delegated) {
    const title = titles[delegated.at + 1] ?? delegated.rest;
    return found('direct', title, title, 0.5);
  }
  if (titles.length) {
    const title = titles.at(-1)!;
    return found('direct', title, title, 0.8);
  }
  return {
    signature: { mode: 'direct', authority: '', signerTitle: '', signerName },
    confidence: signerName ? 0.4 : 0,
  };
}

function unique(paragraphs: readonly Paragraph[]): Paragraph[] {
  return [...new Set(paragraphs)].sort((a, b) => a.span.from - b.span.from);
}
