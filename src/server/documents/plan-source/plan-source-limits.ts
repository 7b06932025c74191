// What a plan document (.docx, .pdf, .txt/.md) may hold before the reader refuses it, and the
// Vietnamese refusals: plain data and one small class, so they cross the worker-thread boundary
// unchanged (nothing from the HTTP layer in here; read-plan-source.ts turns a refusal into a 400).

/**
 * Giới hạn văn bản nguồn. A long commune plan is ~150 KB as .docx and 30–60 pages as PDF; the caps
 * are 20× that, so only a hostile or mistaken file meets them. 200,000 lines is ~4,000 pages.
 */
export const PLAN_SOURCE_LIMITS = {
  /** The upload itself (the contract's "10 MB at most"). */
  maxBytes: 10 * 1024 * 1024,
  /** A .docx inflated: every zip entry together (zip-guard.ts really inflates to count). */
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxEntries: 2_000,
  /** Lines of the SourceDocument, whatever the format. */
  maxLines: 200_000,
  /** Pages of a PDF read for text. */
  maxPages: 500,
  /** Nesting of XML elements in a .docx part (tables in tables in tables…). */
  maxXmlDepth: 256,
  /**
   * Below this many letters per page on average a PDF has no real text layer: a scan with at most
   * a page-number stamp or a digital-signature box ("Ký bởi…") on it. A typed page holds ~2,000.
   */
  minTextCharactersPerPage: 100,
};

/** A file refused for what it is or holds: becomes a Vietnamese 400 on the main thread. */
export class PlanSourceRefusal extends Error {}

/** 200000 → "200.000", as Vietnamese writes numbers. */
const viCount = (count: number) => count.toLocaleString('vi-VN');

const ACCEPTED = 'hãy tải lên tệp Word (.docx), PDF có lớp chữ, hoặc văn bản (.txt, .md)';

/** Each refusal in the user's words, one function per reason. */
export const refusals = {
  empty: () => new PlanSourceRefusal('Tệp rỗng: không có nội dung để nhập.'),
  tooLarge: () =>
    new PlanSourceRefusal(
      `Tệp quá lớn (tối đa ${PLAN_SOURCE_LIMITS.maxBytes / 1024 / 1024} MB); hãy bỏ bớt ảnh hoặc chia văn bản thành nhiều tệp.`,
    ),
  tooManyLines: () =>
    new PlanSourceRefusal(
      `Văn bản có quá nhiều dòng (tối đa ${viCount(PLAN_SOURCE_LIMITS.maxLines)} dòng); hãy chia thành nhiều tệp.`,
    ),
  notAPlanDocument: () => new PlanSourceRefusal(`Tệp không phải văn bản kế hoạch: ${ACCEPTED}.`),
  spreadsheet: () =>
    new PlanSourceRefusal(
      `Tệp này là bảng tính Excel, không phải văn bản kế hoạch (dù tên tệp là gì): ${ACCEPTED}.`,
    ),
  image: () =>
    new PlanSourceRefusal(
      `Tệp này là ảnh, không phải văn bản: cần nhận dạng ký tự (OCR) trước khi nhập; ${ACCEPTED}.`,
    ),
  legacyWord: () =>
    new PlanSourceRefusal(
      'Tệp Word cũ (.doc) chưa đọc được: hãy mở bằng Word và lưu lại dưới dạng .docx rồi tải lên.',
    ),
  rtf: () =>
    new PlanSourceRefusal(
      'Tệp RTF chưa đọc được: hãy mở bằng Word và lưu lại dưới dạng .docx rồi tải lên.',
    ),
  notUtf8: () =>
    new PlanSourceRefusal(
      'Tệp văn bản phải được lưu với bảng mã Unicode UTF-8 (hoặc UTF-16 có BOM); tệp gõ bằng bảng mã TCVN3/VNI hãy chuyển mã sang Unicode trước khi nhập.',
    ),
  corruptDocx: () => new PlanSourceRefusal('Tệp Word (.docx) bị hỏng, không đọc được.'),
  docxTooLarge: () =>
    new PlanSourceRefusal(
      `Tệp Word khi giải nén quá lớn (trên ${PLAN_SOURCE_LIMITS.maxUncompressedBytes / 1024 / 1024} MB): có thể là tệp độc hại, hệ thống từ chối.`,
    ),
  docxTooManyEntries: () => new PlanSourceRefusal('Tệp Word có quá nhiều thành phần.'),
  docxTooDeep: () =>
    new PlanSourceRefusal(
      'Tệp Word có cấu trúc lồng nhau quá sâu (bảng trong bảng nhiều tầng): có thể là tệp độc hại, hệ thống từ chối.',
    ),
  xmlDeclarations: () =>
    new PlanSourceRefusal(
      'Tệp Word chứa khai báo DOCTYPE/ENTITY (thực thể ngoài, có thể dùng để đọc trộm tệp trên máy chủ): hệ thống từ chối.',
    ),
  corruptPdf: () => new PlanSourceRefusal('Tệp PDF bị hỏng, không đọc được.'),
  encryptedPdf: () =>
    new PlanSourceRefusal(
      'Tệp PDF được đặt mật khẩu (mã hoá): hãy gỡ mật khẩu hoặc in lại ra PDF thường rồi tải lên.',
    ),
  tooManyPages: () =>
    new PlanSourceRefusal(
      `Tệp PDF có quá nhiều trang (tối đa ${viCount(PLAN_SOURCE_LIMITS.maxPages)} trang); hãy chia thành nhiều tệp.`,
    ),
  scannedPdf: () =>
    new PlanSourceRefusal(
      'Tệp PDF không có lớp chữ (bản quét): cần nhận dạng ký tự (OCR) trước khi nhập.',
    ),
};
