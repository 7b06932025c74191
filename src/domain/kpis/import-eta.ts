/**
 * Thời gian còn lại của lần nhập (ETA): a streamed export's row count is only known at its end,
 * but its size in bytes is known from the start, so the time left is the bytes still to read at
 * the rate bytes have been read so far. Rows read / written and rows/s are shown beside it.
 */

/** What the ETA is computed from: the file's size, the bytes consumed, the seconds since start. */
export interface ImportEtaInput {
  sizeBytes: number;
  bytesRead: number;
  elapsedSeconds: number;
}

/**
 * Seconds left, or null when unknown (nothing read yet, no time elapsed, no size). Bytes read
 * beyond the size (a file grown on disk) count as done: 0 seconds.
 *
 * @example importEtaSeconds({ sizeBytes: 100e6, bytesRead: 25e6, elapsedSeconds: 10 }) // 30
 */
export function importEtaSeconds({
  sizeBytes,
  bytesRead,
  elapsedSeconds,
}: ImportEtaInput): number | null {
  if (sizeBytes <= 0 || bytesRead <= 0 || elapsedSeconds <= 0) return null;
  const bytesPerSecond = bytesRead / elapsedSeconds;
  return Math.max(sizeBytes - bytesRead, 0) / bytesPerSecond;
}
