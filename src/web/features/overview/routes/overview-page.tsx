/**
 * Tổng quan: what the signed-in user has to do today — reports due, returned or to review, tasks
 * due or late, plans to issue, targets not met, the unit's index, and (administrators) roles left
 * on closed units — each item a link to where the work is done; the account in a small card.
 */
import { Card, Col, Descriptions, Flex, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportTodo } from '@contract/overview';
import { formatViDate } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useSignedInUser } from '@web/lib/current-user';
import { useOverview } from '../api/overview-api';
import { TodoCard } from '../components/todo-card';
import { UrgencyTag } from '../components/urgency-tag';
import { IndexCards } from '../components/index-cards';
import { ClosedUnitGrants } from '../components/closed-unit-grants';
import { RolesTable } from '../components/roles-table';

const reportPath = (report: ReportTodo) =>
  `/reports/${report.plan.id}/${encodeURIComponent(report.period.key)}/${report.organisation.id}`;
const reportKey = (report: ReportTodo) =>
  `${report.plan.id}|${report.period.key}|${report.organisation.id}`;

function ReportLine({ report }: { report: ReportTodo }) {
  return (
    <span>
      <Link to={reportPath(report)}>{report.period.label}</Link>
      <Typography.Text type="secondary">
        {' '}
        · {report.organisation.name} · {report.plan.title}
      </Typography.Text>
    </span>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const overview = useOverview();
  const { user, tenant, homeOrganisation } = me;
  const home = overview.data;
  // Reports and tasks are listed to those who report (editors, focal units, administrators).
  const reports = me.actions.includes('report.submit');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('overview.greeting', { name: user.fullName })}
      </Typography.Title>
      {overview.error && (
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      )}
      {!home && !overview.error && <Skeleton active />}
      {home && (
        <>
          <Typography.Text type="secondary" data-testid="home-today">
            {t('homeScreens.todoTitle', { date: formatViDate(home.today) })}
          </Typography.Text>
          {home.closedUnitGrants.length > 0 && <ClosedUnitGrants grants={home.closedUnitGrants} />}
          <Row gutter={[16, 16]}>
            {reports && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.reportsDue', { days: home.reportHorizonDays })}
                  items={home.reportsDue}
                  testId="home-reports-due"
                  rowKey={reportKey}
                  renderItem={(report) => (
                    <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
                      <ReportLine report={report} />
                      {report.urgency && (
                        <UrgencyTag urgency={report.urgency} due={report.period.due} />
                      )}
                    </Flex>
                  )}
                />
              </Col>
            )}
            {reports && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.tasks', { days: home.taskHorizonDays })}
                  items={home.tasks}
                  testId="home-tasks"
                  rowKey={(task) => task.id}
                  renderItem={(task) => (
                    <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
                      <span>
                        <Link to={`/plans/${task.plan.id}`}>{task.content}</Link>
                        <Typography.Text type="secondary">
                          {' '}
                          ·{' '}
                          {task.role === 'lead'
                            ? t('homeScreens.taskLead')
                            : t('homeScreens.taskCoordinator')}{' '}
                          · {task.timeframeText} · {task.plan.title}
                        </Typography.Text>
                      </span>
                      <UrgencyTag urgency={task.urgency} due={task.due} />
                    </Flex>
                  )}
                />
              </Col>
            )}
            {home.reportsReturned.length > 0 && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.reportsReturned')}
                  items={home.reportsReturned}
                  testId="home-reports-returned"
                  rowKey={reportKey}
                  renderItem={(report) => (
                    <Space direction="vertical" size={2}>
                      <ReportLine report={report} />
                      <Typography.Text type="warning">
                        {report.returnComment
                          ? t('homeScreens.returnComment', { comment: report.returnComment })
                          : t('homeScreens.noComment')}
                      </Typography.Text>
                    </Space>
                  )}
                />
              </Col>
            )}
            {me.actions.includes('report.review') && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.reportsToReview')}
                  items={home.reportsToReview}
                  testId="home-reports-review"
                  rowKey={reportKey}
                  renderItem={(report) => (
                    <Flex justify="space-between" wrap gap={8} style={{ width: '100%' }}>
                      <ReportLine report={report} />
                      <Tag color={report.status === 'late' ? 'orange' : 'green'}>
                        {report.status === 'late'
                          ? t('homeScreens.submittedLate')
                          : t('homeScreens.submittedOnTime')}
                      </Tag>
                    </Flex>
                  )}
                />
              </Col>
            )}
            {me.actions.includes('plan.manage') && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.draftPlans')}
                  items={home.draftPlans}
                  testId="home-draft-plans"
                  rowKey={(plan) => plan.id}
                  renderItem={(plan) => (
                    <span>
                      <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
                      <Typography.Text type="secondary">
                        {' '}
                        · {plan.organisation.name} ·{' '}
                        {t('homeScreens.taskCount', { count: plan.taskCount })}
                      </Typography.Text>
                    </span>
                  )}
                />
              </Col>
            )}
            {home.targetsAtRisk.length > 0 && (
              <Col xs={24} xl={12}>
                <TodoCard
                  title={t('homeScreens.targetsAtRisk')}
                  items={home.targetsAtRisk}
                  testId="home-targets"
                  rowKey={(target) => `${target.plan.id}|${target.text}`}
                  renderItem={(target) => (
                    <Space direction="vertical" size={2}>
                      <Link to={`/plans/${target.plan.id}`}>{target.text}</Link>
                      <Typography.Text type="secondary">
                        {target.evidence} · {target.plan.title}
                      </Typography.Text>
                    </Space>
                  )}
                />
              </Col>
            )}
          </Row>
          <IndexCards cards={home.indices} />
        </>
      )}
      <Card size="small" title={t('homeScreens.accountTitle')} data-testid="home-account">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'login', label: t('overview.login'), children: user.login },
            { key: 'email', label: t('overview.email'), children: user.email ?? t('common.empty') },
            {
              key: 'homeUnit',
              label: t('overview.homeUnit'),
              children: `${homeOrganisation.name} (${t(`organisationType.${homeOrganisation.type}`)})`,
            },
            { key: 'tenant', label: t('overview.tenant'), children: tenant.name },
          ]}
        />
        <RolesTable roles={me.roles} />
      </Card>
    </Flex>
  );
}
