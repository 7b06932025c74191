/** /assessment/:roundId/units/:organisationId/explanations — the unit answers the council's requests (giải trình). */
import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AppraisalEntryDto } from '@contract/assessment-appraisal';
import { ErrorAlert } from '@web/components/error-alert';
import { useDocumentTitle } from '@web/lib/use-document-title';
import {
  useAnswerExplanation,
  useUnitAppraisal,
  type RoundUnitAddress,
} from '../api/appraisal-api';

function AnswerCard(props: {
  address: RoundUnitAddress;
  name: string;
  entry: AppraisalEntryDto;
  canExplain: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const answer = useAnswerExplanation(props.address);
  const [text, setText] = useState(props.entry.explanation);
  return (
    <Card
      size="small"
      title={`${props.entry.nodeCode}. ${props.name}`}
      data-testid="explanation-item"
    >
      <Flex vertical gap={8}>
        <Typography.Text>
          <Typography.Text strong>{t('assessmentAppraisal.request')}: </Typography.Text>
          {props.entry.explanationRequest}
        </Typography.Text>
        {answer.error && <ErrorAlert error={answer.error} />}
        <Input.TextArea
          data-testid="explanation-answer"
          aria-label={t('assessmentAppraisal.explanation')}
          rows={3}
          value={text}
          disabled={!props.canExplain}
          placeholder={t('assessmentAppraisal.answerPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
        {props.canExplain && (
          <Button
            type="primary"
            data-testid="explanation-answer-send"
            disabled={text.trim() === ''}
            loading={answer.isPending}
            style={{ alignSelf: 'start' }}
            onClick={() =>
              answer.mutate(
                { nodeCode: props.entry.nodeCode, version: props.entry.version, explanation: text },
                { onSuccess: () => void message.success(t('assessmentAppraisal.answered')) },
              )
            }
          >
            {t('assessmentAppraisal.answer')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

export function AppraisalExplanationsPage() {
  const { t } = useTranslation();
  const { roundId = '', organisationId = '' } = useParams();
  const address = { roundId, organisationId };
  const view = useUnitAppraisal(address);
  const data = view.data;
  useDocumentTitle(
    data ? t('assessmentAppraisal.explanationsTitle', { unit: data.unit.name }) : null,
  );
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!data) return <Spin />;
  const names = new Map(data.nodes.map((node) => [node.code, node.name]));
  const requested = data.entries.filter((entry) => entry.explanationRequest.trim() !== '');
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('assessmentAppraisal.explanationsTitle', { unit: data.unit.name })}
      </Typography.Title>
      {!data.actions.explain && (
        <Alert type="info" showIcon title={t('assessmentAppraisal.explainClosed')} />
      )}
      {requested.length === 0 ? (
        <Empty description={t('assessmentAppraisal.noRequests')} />
      ) : (
        requested.map((entry) => (
          <AnswerCard
            key={entry.nodeCode}
            address={address}
            name={names.get(entry.nodeCode) ?? ''}
            entry={entry}
            canExplain={data.actions.explain}
          />
        ))
      )}
    </Flex>
  );
}
