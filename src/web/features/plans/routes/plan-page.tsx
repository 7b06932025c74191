/** Kế hoạch: header with status and actions, then tabs for the tasks (by section), the section tree, the content, the targets' evaluation and the version history. */
import { Alert, Card, Flex, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, BarChartOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumberLine, formatPlaceDate } from '@contract/document-header';
import type { PlanDetail } from '@contract/plans';
import { formatViDate } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { PrintButton } from '@web/components/print-button';
import { PrintHeader } from '@web/components/print-header';
import { isApiError } from '@web/lib/api-client';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { usePlanDetail } from '../api/plans-api';
import { PlanActions } from '../components/plan-actions';
import { PlanContentForm } from '../components/plan-content-form';
import { PlanHistory } from '../components/plan-history';
import { PlanPrintTasks } from '../components/plan-print-tasks';
import { SectionTree } from '../components/section-tree';
import { TargetEvaluationPanel } from '../components/target-evaluation-panel';
import { PlanStatusTag } from '../components/status-tags';
import { TaskTable } from '../components/task-table';

export function PlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const plan = usePlanDetail(id);
  useDocumentTitle(plan.data?.title ?? t('planScreens.pageTitle'));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap className="no-print">
        <Link to="/plans">
          <ArrowLeftOutlined /> {t('planScreens.back')}
        </Link>
        {plan.data && <PrintButton testId="plan-print" />}
      </Flex>
      {plan.isPending && <FullPageSpinner />}
      {plan.isError &&
        (isApiError(plan.error, 404) ? (
          <Alert type="warning" showIcon title={t('planScreens.notFound')} />
        ) : (
          <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
        ))}
      {plan.data && <PlanView plan={plan.data} />}
    </Flex>
  );
}

function PlanView({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { content } = plan;
  return (
    <>
      <PrintHeader
        parentBody={content.parentBody}
        issuingBody={content.issuingBody}
        numberLine={formatNumberLine(content.number, content.symbol)}
        placeDate={formatPlaceDate(content.place, plan.issuedOn, content.year)}
        documentType="KẾ HOẠCH"
        title={plan.title}
      />
      {/* On paper the state header above says all this card says. */}
      <Card className="no-print">
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <PlanStatusTag status={plan.status} />
            <Typography.Text strong data-testid="plan-number">
              {plan.documentNumber}
            </Typography.Text>
            {plan.issuedOn && (
              <Typography.Text type="secondary">{formatViDate(plan.issuedOn)}</Typography.Text>
            )}
            <Typography.Text type="secondary">· {plan.organisation.name}</Typography.Text>
          </Flex>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {plan.title}
          </Typography.Title>
          {plan.implementsPlan && (
            <Link to={`/plans/${plan.implementsPlan.id}`} data-testid="implements-plan">
              {t('planScreens.implementsLink', { number: plan.implementsPlan.documentNumber })}{' '}
              {plan.implementsPlan.issuedOn ? formatViDate(plan.implementsPlan.issuedOn) : ''} —{' '}
              {plan.implementsPlan.organisation.name}
            </Link>
          )}
          <PlanActions plan={plan} />
          <Link to={`/plans/${plan.id}/reporting`} data-testid="plan-reporting-link">
            <BarChartOutlined /> {t('dashboardScreens.reporting.openLink')}
          </Link>
        </Flex>
      </Card>
      <PlanPrintTasks plan={plan} />
      <Tabs
        className="no-print"
        items={[
          { key: 'tasks', label: t('planScreens.tabs.tasks'), children: <TaskTable plan={plan} /> },
          {
            key: 'outline',
            label: t('planScreens.tabs.outline'),
            children: <SectionTree plan={plan} />,
          },
          {
            key: 'content',
            label: t('planScreens.tabs.content'),
            // A new key per version so an amended or reloaded plan refills the form.
            children: <PlanContentForm key={`${plan.id}-${plan.status}`} plan={plan} />,
          },
          {
            key: 'targets',
            label: t('planScreens.tabs.targets'),
            // Đánh giá chỉ tiêu: met / not met per target from GET /api/plans/:id/targets.
            children: (
              <TargetEvaluationPanel
                planId={plan.id}
                year={plan.year}
                frameworks={plan.frameworks}
              />
            ),
          },
          {
            key: 'history',
            label: t('planScreens.tabs.history'),
            children: <PlanHistory plan={plan} />,
          },
        ]}
      />
    </>
  );
}
