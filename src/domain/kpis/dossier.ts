/**
 * One administrative-procedure dossier (hồ sơ TTHC) as the one-stop system (Hệ thống thông tin
 * giải quyết TTHC) exports it, after parsing and validation. Times are ISO instants (UTC, `Z`);
 * the civil day and month they fall in are read in Vietnam time (UTC+7, no daylight saving).
 */

/** How the dossier was lodged: at the counter (trực tiếp), online (trực tuyến), by public post (BCCI). */
export const DOSSIER_CHANNELS = ['counter', 'online', 'postal'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];

/** The online service level of an online dossier: một phần (partial) or toàn trình (full). */
export const ONLINE_LEVELS = ['partial', 'full'] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];

/**
 * Where the dossier stands: đang xử lý, chờ bổ sung (asked for a supplement), đã giải quyết
 * (finished with a result), trả lại / từ chối (returned, refused), công dân rút (withdrawn).
 */
export const DOSSIER_STATUSES = [
  'processing',
  'awaiting_supplement',
  'finished',
  'returned',
  'withdrawn',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** A parsed, valid dossier. Keyed by (tenant, source, code); the receiving unit by its code. */
export interface Dossier {
  /** Mã hồ sơ, unique within one source system. */
  code: string;
  /** Code of the receiving unit (đơn vị tiếp nhận) in the tenant's organisation tree. */
  unitCode: string;
  /** Mã thủ tục hành chính. */
  procedureCode: string;
  procedureName: string;
  /** Lĩnh vực of the procedure. */
  field: string;
  receivedAt: string;
  /** Hẹn trả: null when the procedure has no time limit (giải quyết ngay). */
  promisedAt: string | null;
  finishedAt: string | null;
  status: DossierStatus;
  channel: DossierChannel;
  /** Null unless the channel is online. */
  onlineLevel: OnlineLevel | null;
  /** Thanh toán trực tuyến: the fee was paid online. */
  paidOnline: boolean;
  /** Whether the procedure charges a fee at all: the online-payment share counts only those. */
  hasFee: boolean;
  /** Số lần yêu cầu bổ sung. */
  supplementRequests: number;
  /** Ngày tạm dừng (days paused waiting for a supplement), excluded from the time limit. */
  pausedDays: number;
  /** Số hóa hồ sơ: the lodged file was digitised. */
  digitisedFile: boolean;
  /** Số hóa kết quả: the result was digitised. */
  digitisedResult: boolean;
  /** Kết quả điện tử: an electronic result was issued. */
  electronicResult: boolean;
  /** Mức độ hài lòng 1 (rất không hài lòng) … 5 (rất hài lòng); null when not rated. */
  satisfaction: number | null;
  /** Phản ánh, kiến nghị: a complaint was lodged about this dossier. */
  complaint: boolean;
}
