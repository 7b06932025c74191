/** Kế hoạch: the plans of the units the user may read, filtered by unit, year and status; "Tạo kế hoạch" opens a new draft. */
import { useState } from 'react';
import { Button, Card, Flex, InputNumber, Select, Table, Typography } from 'antd';
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '@contract/plans';
import { PLAN_STATUSES, type PlanStatus } from '@contract/plan-labels';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { usePlanList } from '../api/plans-api';
import { CreatePlanModal } from '../components/create-plan-modal';
import { PlanImportModal } from '../components/plan-import/plan-import-modal';
import { OverdueTag, PlanStatusTag } from '../components/status-tags';

interface PlanFilters {
  organisationId?: string;
  year?: number;
  status?: PlanStatus;
}

export function PlansPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('planScreens.pageTitle'));
  const me = useSignedInUser();
  const [filters, setFilters] = useState<PlanFilters>({});
  const [isCreating, setIsCreating] = useState(false);
  const [isImporting, setIsImporting] = useState(false);
  const plans = usePlanList(filters);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('planScreens.pageTitle')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button
            icon={<FileTextOutlined />}
            data-testid="plans-import"
            onClick={() => setIsImporting(true)}
          >
            {t('planImportScreens.open')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="plans-create"
            onClick={() => setIsCreating(true)}
          >
            {t('planScreens.create')}
          </Button>
        </Flex>
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <OrganisationTreeSelect
            style={{ minWidth: 320 }}
            data-testid="plans-filter-unit"
            value={filters.organisationId}
            onChange={(organisationId?: string) => setFilters({ ...filters, organisationId })}
          />
          <InputNumber
            aria-label={t('planScreens.year')}
            placeholder={t('planScreens.year')}
            min={2000}
            max={2100}
            value={filters.year ?? null}
            onChange={(year) => setFilters({ ...filters, year: year ?? undefined })}
          />
          <Select
            allowClear
            style={{ minWidth: 200 }}
            data-testid="plans-filter-status"
            placeholder={t('planScreens.allStatuses')}
            value={filters.status}
            onChange={(status?: PlanStatus) => setFilters({ ...filters, status })}
            options={PLAN_STATUSES.map((status) => ({
              value: status,
              label: t(`planScreens.planStatus.${status}`),
            }))}
          />
        </Flex>
      </Card>
      {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      <Table<PlanSummary>
        data-testid="plans-table"
        rowKey="id"
        loading={plans.isFetching}
        dataSource={plans.data ?? []}
        locale={{ emptyText: t('planScreens.noPlans') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          {
            key: 'title',
            title: t('planScreens.title'),
            render: (_, plan) => <Link to={`/plans/${plan.id}`}>{plan.title}</Link>,
          },
          { key: 'number', title: t('planScreens.documentNumber'), dataIndex: 'documentNumber' },
          {
            key: 'unit',
            title: t('planScreens.unit'),
            render: (_, plan) => plan.organisation.name,
          },
          { key: 'year', title: t('planScreens.year'), dataIndex: 'year', width: 80 },
          {
            key: 'status',
            title: t('planScreens.status'),
            render: (_, plan) => <PlanStatusTag status={plan.status} />,
          },
          {
            key: 'done',
            title: t('planScreens.tasksDone'),
            align: 'right',
            render: (_, plan) =>
              `${formatViNumber(plan.doneCount)}/${formatViNumber(plan.taskCount)}`,
          },
          {
            key: 'overdue',
            title: t('planScreens.overdue'),
            align: 'right',
            render: (_, plan) =>
              plan.overdueCount > 0 ? (
                <Flex gap={4} justify="flex-end" align="center">
                  <OverdueTag />
                  {formatViNumber(plan.overdueCount)}
                </Flex>
              ) : (
                formatViNumber(0)
              ),
          },
        ]}
      />
      {isCreating && (
        <CreatePlanModal
          defaultOrganisationId={filters.organisationId ?? me.roles[0]?.organisationId}
          onClose={() => setIsCreating(false)}
        />
      )}
      {isImporting && (
        <PlanImportModal
          defaultOrganisationId={filters.organisationId ?? me.roles[0]?.organisationId}
          onClose={() => setIsImporting(false)}
        />
      )}
    </Flex>
  );
}
