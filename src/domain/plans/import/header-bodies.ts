// Tên cơ quan trong phần đầu: the left column's lines in capitals back into names. The header
// breaks a name where it likes ("ỦY BAN NHÂN DÂN" / "HUYỆN LẤP VÒ"), so a line that is only a
// kind of body, or a line starting with an administrative level, belongs to its neighbour; the
// last name is the issuing body, the one above it the parent (cơ quan chủ quản).

/** Cấp hành chính that starts the second half of a broken name ("HUYỆN LẤP VÒ", "TỈNH ĐỒNG THÁP"). */
const LEVEL_START = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(\s|$)/u;

/** A name that already holds its administrative level ("UBND HUYỆN CHÂU THÀNH"). */
const LEVEL_INSIDE =
  /(^|\s)(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(\s|$)/u;

/** Tên loại cơ quan printed alone on a line, waiting for its place name on the next. */
const BODY_KIND_ALONE =
  /^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|ĐẢNG ỦY|ĐẢNG UỶ|BAN CHẤP HÀNH|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM|BAN CHỈ ĐẠO|VĂN PHÒNG ỦY BAN NHÂN DÂN|VĂN PHÒNG UBND|VĂN PHÒNG HĐND VÀ UBND)$/u;

/** Tên cơ quan: the header's left-column lines (in order) grouped into whole names, parent first. */
export function groupBodyLines(lines: readonly string[]): string[] {
  const names: string[] = [];
  let pending: string | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (pending !== null) {
      pending = `${pending} ${line}`;
    } else if (names.length && LEVEL_START.test(line) && !LEVEL_INSIDE.test(names.at(-1)!)) {
      names[names.length - 1] = `${names.at(-1)!} ${line}`;
      continue;
    } else {
      pending = line;
    }
    if (BODY_KIND_ALONE.test(pending)) continue;
    names.push(pending);
    pending = null;
  }
  if (pending !== null) names.push(pending);
  return names;
}
