/**
 * Đợt đánh giá: state and appraisal stage, the windows (open or closed, days left), the state
 * button the user may use (confirmed first), the taking-part units with links to their
 * self-assessment and appraisal, and links to the council board and the results page.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Space, Typography, type ButtonProps } from 'antd';
import { ArrowLeftOutlined, CalendarOutlined, RightOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoundDto } from '@contract/assessment-rounds';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useRound, useTransitionRound } from '../api/round-api';
import { useRoundCompletion } from '../api/self-api';
import { RoundParticipantsTable } from '../components/round-participants-table';
import { SelfCompletionBar } from '../components/self-completion-bar';
import { RoundStateTag } from '../components/round-tags';
import { RoundWindowsModal } from '../components/round-windows-modal';
import { RoundWindowsView } from '../components/round-windows-view';

export function RoundPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const round = useRound(roundId);
  useDocumentTitle(round.data?.name ?? t('assessmentRounds.pageTitle'));
  return (
    <Flex vertical gap={16}>
      <Link to="/assessment">
        <ArrowLeftOutlined /> {t('assessmentRounds.backToList')}
      </Link>
      {round.isPending && <FullPageSpinner />}
      {round.isError &&
        (isApiError(round.error, 404) ? (
          <Alert type="warning" showIcon title={t('common.notFound')} />
        ) : (
          <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />
        ))}
      {round.data && <RoundView round={round.data} onReload={() => void round.refetch()} />}
    </Flex>
  );
}

function RoundView({ round, onReload }: { round: RoundDto; onReload: () => void }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const transition = useTransitionRound(round.id);
  const completion = useRoundCompletion(round.id);
  const [isEditingWindows, setIsEditingWindows] = useState(false);
  const next = round.actions.transitionTo;
  const nextLabel =
    next === null
      ? ''
      : next === 'appraisal' && round.state === 'explanation'
        ? `${t('assessmentRounds.stateLabel.appraisal')} ${t('assessmentRounds.stage', { stage: 2 })}`
        : t(`assessmentRounds.stateLabel.${next}`);

  const confirmMove = () => {
    if (next === null) return;
    modal.confirm({
      title: t('assessmentRounds.moveConfirmTitle', { state: nextLabel }),
      content: t('assessmentRounds.moveConfirmText'),
      okText: t('assessmentRounds.moveTo', { state: nextLabel }),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'round-move-confirm' } as ButtonProps,
      onOk: () =>
        transition
          .mutateAsync({ version: round.version, to: next })
          .then(() => void message.success(t('assessmentRounds.moved', { state: nextLabel })))
          .catch((error: unknown) => {
            void message.error(describeError(error, t));
            if (isApiError(error, 412)) onReload();
          }),
    });
  };

  const canEditWindows =
    round.actions.manage && round.state !== 'final' && round.state !== 'published';
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ margin: 0 }} data-testid="round-name">
            {round.name}
          </Typography.Title>
          <Space wrap>
            <RoundStateTag state={round.state} appraisalStage={round.appraisalStage} />
            <Typography.Text type="secondary">
              {t('assessmentRounds.ownerLine', {
                owner: round.owner.name,
                framework: `${round.framework.code} — ${round.framework.name}`,
              })}
            </Typography.Text>
          </Space>
        </Flex>
        <Space wrap>
          {canEditWindows && (
            <Button
              icon={<CalendarOutlined />}
              data-testid="round-edit-windows"
              onClick={() => setIsEditingWindows(true)}
            >
              {t('assessmentRounds.editWindows')}
            </Button>
          )}
          {next !== null && (
            <Button
              type="primary"
              data-testid="round-move"
              loading={transition.isPending}
              onClick={confirmMove}
            >
              {t('assessmentRounds.moveTo', { state: nextLabel })}
            </Button>
          )}
        </Space>
      </Flex>
      <Card size="small" title={t('assessmentRounds.windowsTitle')}>
        <RoundWindowsView round={round} />
      </Card>
      <Space wrap size={16}>
        <Link to={`/assessment/${round.id}/board`} data-testid="round-board-link">
          {t('assessmentRounds.boardLink')} <RightOutlined />
        </Link>
        <Link to={`/assessment/${round.id}/results`} data-testid="round-results-link">
          {t('assessmentRounds.resultsLink')} <RightOutlined />
        </Link>
      </Space>
      <Card size="small" title={t('assessmentRounds.participants')}>
        <RoundParticipantsTable
          round={round}
          completionOf={(unit) => {
            const item = completion.data?.items.find(
              (candidate) => candidate.organisationId === unit.organisation.id,
            );
            return item ? <SelfCompletionBar completion={item.completion} compact /> : '—';
          }}
        />
      </Card>
      {isEditingWindows && (
        <RoundWindowsModal round={round} onClose={() => setIsEditingWindows(false)} />
      )}
    </>
  );
}
