/** /assessment/:roundId/units/:organisationId/appraisal — the council appraises one unit, criterion by criterion. */
import { Alert, App, Button, Flex, Spin, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useConfirmUnitAppraisal, useUnitAppraisal } from '../api/appraisal-api';
import { AppraisalCriterionCard } from '../components/appraisal-criterion-card';

const points = (value: number | null) => (value === null ? '—' : formatViNumber(value, 4));

export function AppraisalPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roundId = '', organisationId = '' } = useParams();
  const address = { roundId, organisationId };
  const view = useUnitAppraisal(address);
  const confirm = useConfirmUnitAppraisal(address);
  const data = view.data;
  useDocumentTitle(data ? t('assessmentAppraisal.title', { unit: data.unit.name }) : null);
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!data) return <Spin />;

  const stage = data.round.appraisalStage;
  const confirmedAt = stage === 1 ? data.appraisal1DoneAt : data.appraisal2DoneAt;
  const byCode = new Map(data.entries.map((entry) => [entry.nodeCode, entry]));
  const leaves = data.nodes.filter((node) => node.isLeaf && node.applicable && !node.survey);
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('assessmentAppraisal.title', { unit: data.unit.name })}
        </Typography.Title>
        <Tag color="purple" data-testid="appraisal-stage">
          {t('assessmentAppraisal.stage', { stage })}
        </Tag>
        {confirmedAt && (
          <Tag color="green">{t('assessmentAppraisal.confirmedStage', { stage })}</Tag>
        )}
      </Flex>
      <Typography.Text data-testid="appraisal-totals">
        {t('assessmentAppraisal.totals', {
          self: points(data.totals.self),
          appraised: points(data.totals.appraised),
        })}
      </Typography.Text>
      {data.actions.appraiseRefusal && (
        <Alert type="info" showIcon title={data.actions.appraiseRefusal} />
      )}
      {leaves.map((node) => {
        const entry = byCode.get(node.code);
        if (!entry) return null;
        return (
          <AppraisalCriterionCard
            key={`${node.code}@${stage}`}
            address={address}
            node={node}
            entry={entry}
            stage={stage}
            canAppraise={data.actions.appraise}
            canRequest={data.actions.requestExplanation}
            onReload={() => void view.refetch()}
          />
        );
      })}
      {confirm.error && <ErrorAlert error={confirm.error} />}
      {data.actions.confirm && (
        <Flex vertical gap={4} align="start">
          <Typography.Text type="secondary">{t('assessmentAppraisal.confirmHint')}</Typography.Text>
          <Button
            type="primary"
            data-testid="confirm-appraisal"
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate(data.version, {
                onSuccess: () => void message.success(t('assessmentAppraisal.confirmDone')),
              })
            }
          >
            {t('assessmentAppraisal.confirm')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}
