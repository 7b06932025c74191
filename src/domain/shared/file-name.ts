/**
 * Tên tệp tải về: "Ke-hoach-104-KH-UBND-2024.docx" from its parts ("Kế hoạch", "104/KH-UBND",
 * "2024") — Vietnamese folded to ASCII with the letters' case kept (đ → d), every run of spaces,
 * slashes and other characters a file system or a mail gateway mangles made one "-", never two
 * separators in a row nor one at either end, so the same name works as the download's plain and
 * UTF-8 file name. An empty extension leaves the name without one.
 */
export function downloadFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 150)
    .replace(/-+$/, '');
  const suffix = extension.replace(/[^A-Za-z0-9]+/g, '').toLowerCase();
  return suffix ? `${base || 'tai-lieu'}.${suffix}` : base || 'tai-lieu';
}
