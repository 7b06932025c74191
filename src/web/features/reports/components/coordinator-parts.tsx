/** Phần của đơn vị phối hợp: on a task the unit leads, what each coordinating unit reported (read-only). */
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { formatViNumber } from '@contract/vi-format';
import { SubmissionStatusTag } from './report-status-tags';

type CoordinatorPart = SubmissionDto['entries'][number]['coordinatorParts'][number];

export function CoordinatorParts({ taskId, parts }: { taskId: string; parts: CoordinatorPart[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text strong>{t('reportScreens.coordinators.title')}</Typography.Text>
      <Table<CoordinatorPart>
        size="small"
        data-testid={`coordinator-parts-${taskId}`}
        rowKey={(part) => part.organisation.id}
        dataSource={parts}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'unit',
            title: t('reportScreens.coordinators.unit'),
            render: (_, part) => part.organisation.name,
          },
          {
            key: 'report',
            title: t('reportScreens.coordinators.report'),
            render: (_, part) => <SubmissionStatusTag status={part.submissionStatus} />,
          },
          {
            key: 'status',
            title: t('reportScreens.coordinators.status'),
            render: (_, part) => t(`planScreens.taskStatus.${part.status}`),
          },
          {
            key: 'progress',
            title: t('reportScreens.coordinators.progress'),
            render: (_, part) => `${formatViNumber(part.progress)}%`,
          },
          {
            key: 'result',
            title: t('reportScreens.coordinators.result'),
            width: 420,
            render: (_, part) => (
              <span style={{ whiteSpace: 'pre-wrap' }}>{part.result || t('common.empty')}</span>
            ),
          },
        ]}
      />
    </div>
  );
}
