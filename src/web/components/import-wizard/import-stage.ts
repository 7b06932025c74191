/**
 * Where a checked import stands (kiểm tra tệp → xem trước → nhập), read from the one mutation that
 * both checks (dryRun) and writes: checking, a dry-run preview, a 400 refusal with its row errors,
 * or another failure. A write's result is not a preview (the modal closes on it).
 */
import { isApiError, type ApiRequestError } from '@web/lib/api-client';

/** The parts of a TanStack mutation the stage is read from. */
export interface ImportMutationState<Result> {
  isPending: boolean;
  data: Result | undefined;
  error: unknown;
}

/** One step of the wizard; exactly one is shown below the drop zone. */
export type ImportStage<Result> =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'checked'; checked: Result }
  | { kind: 'refused'; refusal: ApiRequestError }
  | { kind: 'failed'; error: unknown };

/** The stage to show: pending wins, then a dry-run preview, then a refusal (400), then any other error. */
export function importStage<Result extends { dryRun: boolean }>(
  state: ImportMutationState<Result>,
): ImportStage<Result> {
  if (state.isPending) return { kind: 'checking' };
  if (state.data?.dryRun) return { kind: 'checked', checked: state.data };
  if (isApiError(state.error, 400)) return { kind: 'refused', refusal: state.error };
  if (state.error) return { kind: 'failed', error: state.error };
  return { kind: 'idle' };
}
