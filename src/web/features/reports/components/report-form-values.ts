/** Between a report as the API sends it and the report form: dates as pickers, KPI figures as typed text, one row per task. */
import type { Dayjs } from 'dayjs';
import type { EndpointBody } from '@contract/endpoint';
import type { saveSubmission, SubmissionDto } from '@contract/reports';
import type { TaskStatus } from '@contract/plan-labels';
import { formatViNumber } from '@contract/vi-format';
import { fromIsoDate, toIsoDate } from '@web/lib/dates';

type SaveBody = EndpointBody<typeof saveSubmission>;
type LegalReference = SubmissionDto['entries'][number]['documentRefs'][number];

/** Văn bản liên quan in the form: the date as a picker value. */
export type DocumentRefFormValue = Omit<LegalReference, 'date'> & { date: Dayjs | null };

/** One task's row of the form, in the order of `submission.entries`. */
export interface EntryFormValues {
  taskId: string;
  status: TaskStatus;
  /** Tiến độ, %; null while the box is cleared. */
  progress: number | null;
  result: string;
  reason: string;
  documentRefs: DocumentRefFormValue[];
}

/**
 * The report form's values; `kpiValues[i]` is the figure typed for target i ("98,5%") and
 * `kpiReasons[i]` the reason for differing from the figure computed from dossier data (kpi targets).
 */
export interface ReportFormValues {
  entries: EntryFormValues[];
  kpiValues: string[];
  kpiReasons: string[];
  difficulties: string;
  proposals: string;
  /** Nội dung trả lời of an ad-hoc request (báo cáo đột xuất); '' for a periodic report. */
  answer: string;
}

/** The form's starting values for a report: saved KPI figures written the Vietnamese way. */
export function toReportFormValues(submission: SubmissionDto): ReportFormValues {
  const savedKpi = new Map(submission.kpiValues.map((kpi) => [kpi.targetIndex, kpi.value]));
  const savedReasons = new Map(
    submission.kpiValues.map((kpi) => [kpi.targetIndex, kpi.overrideReason ?? '']),
  );
  return {
    entries: submission.entries.map((entry) => ({
      taskId: entry.task.id,
      status: entry.status,
      // "Hoàn thành" is 100 %: a report saved before that rule opens consistent (the server refuses less).
      progress: entry.status === 'done' ? 100 : entry.progress,
      result: entry.result,
      reason: entry.reason,
      documentRefs: entry.documentRefs.map((reference) => ({
        ...reference,
        date: reference.date === null ? null : fromIsoDate(reference.date),
      })),
    })),
    kpiValues: submission.targets.map((_, index) => {
      const value = savedKpi.get(index);
      return value === null || value === undefined ? '' : formatViNumber(value);
    }),
    kpiReasons: submission.targets.map((_, index) => savedReasons.get(index) ?? ''),
    difficulties: submission.difficulties,
    proposals: submission.proposals,
    answer: submission.answer,
  };
}

/**
 * The draft save body: every task in order, every target in order with its figure as typed
 * (an empty one means "not reported"), dates as ISO; a cleared progress box counts as 0%.
 */
export function toSaveBody(values: ReportFormValues): SaveBody {
  return {
    difficulties: values.difficulties ?? '',
    proposals: values.proposals ?? '',
    answer: values.answer ?? '',
    kpiValues: (values.kpiValues ?? []).map((value, targetIndex) => {
      const reason = (values.kpiReasons?.[targetIndex] ?? '').trim();
      // Lý do điều chỉnh: sent only when given; the server asks for it when the figure differs.
      return {
        targetIndex,
        value: (value ?? '').trim(),
        ...(reason ? { overrideReason: reason } : {}),
      };
    }),
    entries: (values.entries ?? []).map((entry) => ({
      taskId: entry.taskId,
      status: entry.status,
      progress: clampProgress(entry.progress),
      result: entry.result ?? '',
      reason: entry.status === 'cannot_do' ? (entry.reason ?? '') : '',
      documentRefs: (entry.documentRefs ?? []).map((reference) => ({
        number: (reference.number ?? '').trim(),
        date: reference.date ? toIsoDate(reference.date) : null,
        issuer: reference.issuer ?? '',
        summary: reference.summary ?? '',
      })),
    })),
  };
}

function clampProgress(progress: number | null | undefined): number {
  if (progress === null || progress === undefined || Number.isNaN(progress)) return 0;
  return Math.min(100, Math.max(0, Math.round(progress)));
}
