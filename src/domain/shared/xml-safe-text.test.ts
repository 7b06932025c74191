import { describe, expect, it } from 'vitest';
import { findForbiddenCharacter, stripForbiddenCharacters } from './xml-safe-text';

// XML 1.0's Char production, written the positive way round as the outside oracle:
// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const isXmlChar = (codePoint: number) =>
  codePoint === 0x9 ||
  codePoint === 0xa ||
  codePoint === 0xd ||
  (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
  (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
  (codePoint >= 0x10000 && codePoint <= 0x10ffff);

describe('findForbiddenCharacter', () => {
  it('accepts Vietnamese text with tabs, line breaks and characters beyond the BMP', () => {
    expect(findForbiddenCharacter('Nguyễn Văn A\tPhòng Nội vụ\r\nĐồng Tháp 𠀧')).toBeNull();
  });

  it('names the first character XML 1.0 cannot carry', () => {
    expect(findForbiddenCharacter('a\u0000b')).toBe('U+0000');
    expect(findForbiddenCharacter('Nhiệm vụ\uFFFE')).toBe('U+FFFE');
    expect(findForbiddenCharacter('x\u000By\u001F')).toBe('U+000B');
  });

  it('refuses half of a surrogate pair standing alone, in either order', () => {
    expect(findForbiddenCharacter('a\uD800b')).toBe('U+D800');
    expect(findForbiddenCharacter('a\uDC00')).toBe('U+DC00');
    expect(findForbiddenCharacter('\uDC00\uD800')).toBe('U+DC00');
  });

  it('agrees with the XML 1.0 Char production on every BMP code point', () => {
    const disagreements: string[] = [];
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue; // lone halves: tested above
      const forbidden = findForbiddenCharacter(String.fromCharCode(codePoint)) !== null;
      if (forbidden === isXmlChar(codePoint)) disagreements.push(codePoint.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('stripForbiddenCharacters', () => {
  it('removes every forbidden character and keeps the rest as it was', () => {
    expect(stripForbiddenCharacters('\u0000Kế\uFFFF hoạch\uD800 2025\u0007')).toBe('Kế hoạch 2025');
    expect(stripForbiddenCharacters('Đồng Tháp 𠀧\n')).toBe('Đồng Tháp 𠀧\n');
  });
});
