// Tệp minh chứng: what an uploaded evidence file really is, judged by its bytes (never its
// name): PDF, Word (.docx), Excel (.xlsx) or an image (PNG, JPEG). An .exe renamed .pdf, a zip
// bomb dressed as .docx or anything else is refused before it is stored.
import { fileTypeFromBuffer } from 'file-type';
import { validationError } from '../http/app-error';
import { assertSafeZip, type ZipLimits } from './zip-guard';

/** Giới hạn tệp minh chứng. */
export const EVIDENCE_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 5_000,
};

/** The kinds accepted, by the MIME type file-type reports, with the extension the file is saved under. */
const ACCEPTED: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

const refused = () =>
  validationError(
    'Tệp minh chứng phải là PDF, Word (.docx), Excel (.xlsx) hoặc ảnh (PNG, JPEG); nội dung tệp này không thuộc các loại đó.',
  );

const OFFICE_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: EVIDENCE_LIMITS.maxUncompressedBytes,
  maxEntries: EVIDENCE_LIMITS.maxEntries,
  errors: {
    corrupt: () => validationError('Tệp Word/Excel bị hỏng, không đọc được.'),
    tooLarge: () =>
      validationError(
        'Tệp khi giải nén quá lớn (trên 100 MB): có thể là tệp độc hại, hệ thống từ chối.',
      ),
    tooManyEntries: () => validationError('Tệp Word/Excel có quá nhiều thành phần.'),
  },
};

/** Loại tệp đã kiểm tra: the content type and the file name with the extension its content deserves. */
export interface InspectedEvidence {
  contentType: string;
  fileName: string;
}

/** Checks an evidence upload by its content; throws a Vietnamese 400 for anything not accepted. */
export async function inspectEvidenceFile(
  buffer: Buffer,
  fileName: string,
): Promise<InspectedEvidence> {
  if (buffer.length === 0) throw validationError('Tệp minh chứng rỗng.');
  const detected = await fileTypeFromBuffer(buffer);
  const extension = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !extension) throw refused();
  if (extension === 'docx' || extension === 'xlsx') await assertSafeZip(buffer, OFFICE_ZIP_LIMITS);
  const base =
    fileName
      .replace(/[\\/]/g, '_')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .trim() || 'minh-chung';
  return { contentType: detected.mime, fileName: `${base.slice(0, 150)}.${extension}` };
}
