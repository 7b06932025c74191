// Tình hình thực hiện và tiến độ: "Hoàn thành" means 100 %, so a report can never say a task is
// done at 80 %. The form sets 100 % when "Hoàn thành" is chosen; the server refuses the rest.

/** Lỗi tiến độ: the Vietnamese message for a task reported "Hoàn thành" below 100 %. */
export const DONE_BELOW_FULL_MESSAGE =
  'Nhiệm vụ «Hoàn thành» phải có tiến độ 100%; nếu chưa xong, chọn «Đang thực hiện».';

/**
 * Kiểm tra tiến độ: the message when status and % contradict each other ("Hoàn thành" below 100 %),
 * else null. 100 % with another status is left to the unit (the form offers to switch): a task may
 * reach 100 % of its work while its result still awaits approval.
 */
export function progressContradiction(status: string, progress: number): string | null {
  return status === 'done' && progress < 100 ? DONE_BELOW_FULL_MESSAGE : null;
}
