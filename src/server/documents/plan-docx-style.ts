// The state format's measures (Nghị định 30/2020, document-format.md) in the units docx writes,
// and the few paragraph builders every part of the plan .docx shares.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { stripForbiddenCharacters } from '@contract/text-safety';
import { typographicQuotes } from '@domain/shared/typographic-quotes';

/** Times New Roman everywhere: set on the document defaults and again on every run. */
export const FONT = 'Times New Roman';
export const BLACK = '000000';

/** Font sizes in half-points (docx's unit): 14 pt body, 13 pt header, 12/11 pt recipients. */
export const SIZE = { body: 28, header: 26, table: 24, recipientsHeading: 24, recipient: 22 };

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips (1/20 pt), rounded as Word stores them. */
export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** A4 in twips, portrait. */
export const A4 = { width: 11906, height: 16838 };

/** Portrait margins: top and bottom 20 mm, left 30 mm (binding), right 15 mm. */
export const PORTRAIT_MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Text width of a portrait page, which the header and signature tables fill. */
export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT = 720;

/** Body spacing: 6 pt after each paragraph, 1.15 lines (within the decree's single to 1.5). */
export const BODY_SPACING = { before: 0, after: 120, line: 276 };

/** Tight spacing for table cells and the recipients, where lowercase lines sit under one another. */
export const TIGHT_SPACING = { before: 0, after: 0, line: 240 };

/**
 * Dòng chữ in hoa có dấu: header, title and signature lines, 13–14 pt capitals whose stacked
 * marks ("Ồ", "Ủ", "Ộ") rise above the font's ascent. At single spacing LibreOffice set them a
 * pixel under the line above (measured with scripts/measure-line-gaps.ts); 1.2 lines (within
 * the decree's single to 1.5) clears them in LibreOffice and Word alike, which both scale the
 * same font line height.
 */
export const STACKED_SPACING = { before: 0, after: 0, line: 288 };

/**
 * Tên loại và trích yếu: "KẾ HOẠCH" and the title under it, 14 pt bold, where a line's dots below
 * and descenders meet the next line's stacked marks ("Khắc phục" under "KẾ HOẠCH", "ẫ" under
 * "ụ"): 1.25 lines, measured to leave about 2 pt clear where 1.2 left 1 pt.
 */
export const TITLE_SPACING = { before: 0, after: 0, line: 300 };

/** Run style: bold, italics and size; font and colour are always added. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/**
 * A text run in Times New Roman, black. Every string of a document passes here, so characters
 * XML cannot carry, in text stored before the API refused them, are dropped here and the file
 * still opens; and straight double quotes, in generated or typed text, print as “…” (the stored
 * text keeps what the user typed).
 */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: typographicQuotes(stripForbiddenCharacters(text)),
    font: FONT,
    color: BLACK,
    size: SIZE.body,
    ...style,
  });
}

/** A centred line of the header, title or signature, with room for stacked marks and no space around it. */
export function centredLine(text: string, style: RunStyle, spacingAfter = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...STACKED_SPACING, after: spacingAfter },
    children: [run(text, style)],
  });
}

/**
 * Đường kẻ ngắn: a short centred rule under the issuing body, the slogan and the title. It is an
 * empty paragraph with a bottom border, narrowed by indents to `length` twips inside a space
 * `width` wide; Word and LibreOffice both draw paragraph borders between the indents, where a
 * drawn line shape would need anchoring that LibreOffice places differently.
 */
export function shortRule(width: number, length: number, spacingAfter = 0): Paragraph {
  const indent = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    // A 2 pt paragraph mark keeps the empty paragraph (and so the gap above the rule) short.
    spacing: { before: 0, after: spacingAfter, line: 120, lineRule: LineRuleType.EXACT },
    run: { size: 4, font: FONT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLACK, space: 1 } },
  });
}
