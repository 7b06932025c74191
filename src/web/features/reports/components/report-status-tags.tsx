/** Tags of reports: a period's status for a unit (as the heatmap colours it) and a report's own status. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PeriodCellStatus, SubmissionStatus } from '@contract/report-labels';
import { PERIOD_CELL_STATUS_COLOURS, SUBMISSION_STATUS_COLOURS } from './report-period-text';

export function PeriodCellStatusTag({ status }: { status: PeriodCellStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PERIOD_CELL_STATUS_COLOURS[status]} data-testid="report-status">
      {t(`reportScreens.cellStatus.${status}`)}
    </Tag>
  );
}

export function SubmissionStatusTag({ status }: { status: SubmissionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={SUBMISSION_STATUS_COLOURS[status]}>
      {t(`reportScreens.submissionStatus.${status}`)}
    </Tag>
  );
}
