/** Đầu báo cáo: plan, period, unit, status (with days late), data window, due date and the focal unit's return comment. */
import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { formatViDateTime, formatViNumber } from '@contract/vi-format';
import { formatDataWindow, formatDueDate } from './report-period-text';
import { PeriodCellStatusTag } from './report-status-tags';

export function ReportHeader({ submission }: { submission: SubmissionDto }) {
  const { t } = useTranslation();
  const { plan, period } = submission;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'plan',
              label: t('reportScreens.report.plan'),
              children: `${plan.documentNumber} — ${plan.title}`,
            },
            { key: 'period', label: t('reportScreens.report.period'), children: period.label },
            {
              key: 'unit',
              label: t('reportScreens.report.unit'),
              children: submission.organisation.name,
            },
            {
              key: 'status',
              label: t('reportScreens.report.status'),
              children: (
                <Flex gap={4} wrap>
                  <PeriodCellStatusTag status={submission.cellStatus} />
                  {submission.daysLate !== null && submission.daysLate > 0 && (
                    <Tag color="orange" data-testid="report-days-late">
                      {t('reportScreens.report.daysLate', {
                        days: formatViNumber(submission.daysLate),
                      })}
                    </Tag>
                  )}
                </Flex>
              ),
            },
            {
              key: 'window',
              label: t('reportScreens.report.window'),
              children: formatDataWindow(period),
            },
            { key: 'due', label: t('reportScreens.report.due'), children: formatDueDate(period) },
            ...(submission.submittedAt
              ? [
                  {
                    key: 'submittedAt',
                    label: t('reportScreens.report.submittedAt'),
                    children: formatViDateTime(submission.submittedAt),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {submission.status === 'returned' && submission.returnComment !== '' && (
        <Alert
          type="warning"
          showIcon
          data-testid="report-return-comment"
          title={t('reportScreens.report.returnedTitle')}
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{submission.returnComment}</span>}
        />
      )}
    </Flex>
  );
}
