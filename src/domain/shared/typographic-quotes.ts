/**
 * Ngoặc kép: straight double quotes (") turned into the typographic pair “…” that printed state
 * documents use. A quote opens at the start, after a space or an opening bracket or dash, and
 * closes elsewhere; quotes already typographic are kept. Apostrophes and single quotes are left
 * alone (Vietnamese text has none of its own, and a foreign name may carry one).
 */
export function typographicQuotes(text: string): string {
  if (!text.includes('"')) return text;
  let open = false;
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character !== '"') {
      out += character;
      continue;
    }
    const before = index === 0 ? '' : text[index - 1]!;
    const after = text[index + 1] ?? '';
    // Opening when nothing letter-like precedes it; a quote glued to a word closes — unless no
    // quote is open and a word follows (a pair typed without a space before it: `của"Sở"`).
    const opens: boolean =
      before === '' || /[\s([{–—\-/“]/.test(before)
        ? !(open && (after === '' || /[\s.,;:!?)\]}…]/.test(after)))
        : !open && /[\p{L}\p{N}]/u.test(after);
    out += opens ? '“' : '”';
    open = opens;
  }
  return out;
}
