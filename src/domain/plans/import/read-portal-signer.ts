// Người ký theo trang đăng: a legal-text portal prints the document's metadata before it
// ("Người ký: Nguyễn Văn Phương", or "Người ký:" with the name on a following line), and a
// signing tool prints "Người ký: …" in its certificate dump. When the page is cut before the
// signature block, that line is what names the signer. The cleaner drops these lines as noise,
// so they are read from the source lines.
import { foldVietnamese } from '../../shared/fold-vietnamese';
import type { SourceDocument } from './source-document';

/** Người ký đọc từ siêu dữ liệu: the name and the source line it came from. */
export interface PortalSigner {
  name: string;
  line: number;
}

const LABEL = /(?:^|\s)Người ký\s*:\s*(.*)$/u;
/** A person's name: two to five capitalised words ("Trần Sỹ Thanh"). */
const PERSON = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$/u;
/** A unit signing with its certificate is not a person ("Ủy Ban Nhân Dân Tỉnh", "Sở Nội Vụ"). */
const ORGANISATION = /^(uy ban|ubnd|so |van phong|phong |ban |cong an|trung tam|bo |cuc |chi cuc)/;

/** Đọc người ký từ dòng "Người ký:" of the source; null when there is none or it names no person. */
export function readPortalSigner(doc: SourceDocument): PortalSigner | null {
  for (const [index, line] of doc.lines.entries()) {
    const labelled = LABEL.exec(line.text.trim());
    if (!labelled) continue;
    // The value runs to the next metadata label ("… Ngày ban hành: …") or the line's end.
    let value = labelled[1]!.split(/\s+\p{Lu}[\p{Ll}\s]{2,30}:/u)[0]!.trim();
    let at = index;
    if (value === '') {
      const next = doc.lines.findIndex(
        (item, k) => k > index && item.text.trim() !== '' && !/^[\s|]+$/.test(item.text),
      );
      if (next < 0 || next > index + 4) continue;
      value = doc.lines[next]!.text.trim();
      at = next;
    }
    value = value.replace(/[|]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (PERSON.test(value) && !ORGANISATION.test(foldVietnamese(value))) {
      return { name: value, line: at };
    }
  }
  return null;
}
