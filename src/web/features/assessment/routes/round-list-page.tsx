/** Đánh giá chỉ số: the rounds the user may read (its own unit's or those it takes part in), by year; "Mở đợt đánh giá" for the focal unit. */
import { useState } from 'react';
import { Button, Card, Flex, InputNumber, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoundSummary } from '@contract/assessment-rounds';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useRoundList } from '../api/round-api';
import { RoundCreateModal } from '../components/round-create-modal';
import { RoundStateTag } from '../components/round-tags';
import { windowText } from '../components/round-windows-view';

export function RoundListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('assessmentRounds.pageTitle'));
  const me = useSignedInUser();
  const [year, setYear] = useState<number | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const rounds = useRoundList(year);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('assessmentRounds.pageTitle')}
        </Typography.Title>
        {rounds.data?.abilities.canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="rounds-create"
            onClick={() => setIsCreating(true)}
          >
            {t('assessmentRounds.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <InputNumber
          aria-label={t('assessmentRounds.year')}
          placeholder={t('assessmentRounds.allYears')}
          style={{ width: 180 }}
          data-testid="rounds-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => setYear(value ?? null)}
        />
      </Card>
      {rounds.isError && <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />}
      <Table<RoundSummary>
        data-testid="rounds-table"
        rowKey="id"
        loading={rounds.isFetching}
        dataSource={rounds.data?.items ?? []}
        locale={{ emptyText: t('assessmentRounds.noRounds') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            key: 'name',
            title: t('assessmentRounds.name'),
            render: (_, round) => <Link to={`/assessment/${round.id}`}>{round.name}</Link>,
          },
          { key: 'year', title: t('assessmentRounds.year'), dataIndex: 'year', width: 80 },
          {
            key: 'framework',
            title: t('assessmentRounds.framework'),
            render: (_, round) => round.framework.code,
          },
          {
            key: 'state',
            title: t('assessmentRounds.state'),
            render: (_, round) => <RoundStateTag {...round} />,
          },
          {
            key: 'self',
            title: t('assessmentRounds.window.selfAssessment'),
            render: (_, round) => windowText(round.windows.selfAssessment),
          },
          {
            key: 'appraisal',
            title: t('assessmentRounds.window.appraisal'),
            render: (_, round) => windowText(round.windows.appraisal),
          },
          {
            key: 'explanation',
            title: t('assessmentRounds.window.explanation'),
            render: (_, round) => windowText(round.windows.explanation),
          },
          {
            key: 'submitted',
            title: t('assessmentRounds.submittedCount'),
            align: 'right',
            render: (_, round) =>
              `${formatViNumber(round.submittedCount)}/${formatViNumber(round.unitCount)}`,
          },
        ]}
      />
      {isCreating && (
        <RoundCreateModal
          defaultOwnerId={me.roles[0]?.organisationId}
          onClose={() => setIsCreating(false)}
        />
      )}
    </Flex>
  );
}
