/** Bỏ dấu tiếng Việt: folds text for accent- and case-insensitive comparison ("Lấp Vò" → "lap vo", "ĐỒNG THÁP" → "dong thap"). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tìm kiếm không dấu: true when every word of the query occurs in the text after folding; an empty query matches everything. */
export function matchesSearch(text: string, query: string): boolean {
  const foldedText = foldVietnamese(text);
  const words = foldVietnamese(query)
    .split(' ')
    .filter((word) => word !== '');
  return words.every((word) => foldedText.includes(word));
}
