// Bỏ dấu giữ vị trí: folds Vietnamese text character by character so that an index found in the
// folded text is the same index in the original — patterns run on "giao phong noi vu chu tri"
// and the reader slices the printed "Giao Phòng Nội vụ chủ trì" at the same places.

/** Bỏ dấu giữ độ dài: lower case, no accents, "đ" → "d", one character for one (input in NFC). */
export function foldInPlace(text: string): string {
  let folded = '';
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    // A character outside the BMP counts two in a JS string: keep the length in code units.
    folded += base.length === char.length ? base : char.length === 1 ? (base[0] ?? ' ') : char;
  }
  return folded;
}
