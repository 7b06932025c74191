/** One criterion on the appraisal page: what the unit scored and sent, and the council's score with its comment. */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Input, InputNumber, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  appraisedScoreProblem,
  missingCommentProblem,
  scoreBeforeStage,
  type AppraisalEntryDto,
  type UnitAppraisalDto,
} from '@contract/assessment-appraisal';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import {
  useRequestExplanation,
  useSetAppraisedScore,
  type RoundUnitAddress,
} from '../api/appraisal-api';
import { AppraisalEvidence } from './appraisal-evidence';

const points = (value: number | null) => (value === null ? '—' : formatViNumber(value, 4));

interface Props {
  address: RoundUnitAddress;
  node: UnitAppraisalDto['nodes'][number];
  entry: AppraisalEntryDto;
  stage: 1 | 2;
  canAppraise: boolean;
  canRequest: boolean;
  onReload: () => void;
}

export function AppraisalCriterionCard({
  address,
  node,
  entry,
  stage,
  canAppraise,
  canRequest,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetAppraisedScore(address);
  const ask = useRequestExplanation(address);
  const current = stage === 1 ? entry.appraisedScore1 : entry.appraisedScore2;
  const before = scoreBeforeStage(entry, stage);
  const [score, setScore] = useState<number | null>(current ?? before);
  const [comment, setComment] = useState(
    stage === 1 ? entry.appraisalComment1 : entry.appraisalComment2,
  );
  const [request, setRequest] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const failure = save.error ?? ask.error;

  const submit = () => {
    const found =
      score === null
        ? t('assessmentAppraisal.outOfRange', { max: formatViNumber(node.maxPoints, 4) })
        : (appraisedScoreProblem(
            {
              code: node.code,
              maxPoints: node.maxPoints,
              rule: node.ruleType === 'binary' ? { type: 'binary' } : undefined,
            },
            score,
          ) ?? missingCommentProblem(score, before, comment));
    setProblem(found);
    if (found || score === null) return;
    save.mutate(
      { nodeCode: node.code, version: entry.version, score, comment },
      { onSuccess: () => void message.success(t('assessmentAppraisal.saved')) },
    );
  };

  return (
    <Card
      size="small"
      data-testid="appraisal-criterion"
      data-node={node.code}
      title={
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>
            {node.code}. {node.name}
          </Typography.Text>
          <Tag>{t('assessmentAppraisal.max', { max: formatViNumber(node.maxPoints, 4) })}</Tag>
          {node.ruleLabel && <Tag color="blue">{node.ruleLabel}</Tag>}
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('assessmentAppraisal.selfScore')}>
            <span data-testid="self-score">{points(entry.selfScore)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('assessmentAppraisal.appraised1')}>
            {points(entry.appraisedScore1)}
            {entry.appraisalComment1 ? ` — ${entry.appraisalComment1}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('assessmentAppraisal.appraised2')}>
            {points(entry.appraisedScore2)}
            {entry.appraisalComment2 ? ` — ${entry.appraisalComment2}` : ''}
          </Descriptions.Item>
          {entry.selfExplanation && (
            <Descriptions.Item label={t('assessmentAppraisal.selfExplanation')} span={3}>
              {entry.selfExplanation}
            </Descriptions.Item>
          )}
          {entry.explanationRequest && (
            <Descriptions.Item label={t('assessmentAppraisal.request')} span={3}>
              {entry.explanationRequest}
            </Descriptions.Item>
          )}
          {entry.explanation && (
            <Descriptions.Item label={t('assessmentAppraisal.explanation')} span={3}>
              {entry.explanation}
            </Descriptions.Item>
          )}
        </Descriptions>
        {node.evidenceText && (
          <Typography.Text type="secondary">{node.evidenceText}</Typography.Text>
        )}
        <AppraisalEvidence evidence={entry.evidence} />
        {isApiError(failure, 412) ? (
          <VersionConflictAlert
            title={t('assessmentAppraisal.conflictTitle')}
            hint={t('assessmentAppraisal.conflictHint')}
            isReloading={false}
            onReload={onReload}
          />
        ) : (
          failure && <ErrorAlert error={failure} />
        )}
        {canAppraise && (
          <Flex gap={8} wrap align="start">
            <InputNumber
              aria-label={t('assessmentAppraisal.appraisedScore')}
              data-testid="appraised-score"
              min={0}
              max={node.maxPoints}
              step={0.25}
              decimalSeparator=","
              value={score}
              onChange={(value) => setScore(value)}
            />
            <Input
              aria-label={t('assessmentAppraisal.comment')}
              data-testid="appraisal-comment"
              placeholder={t('assessmentAppraisal.comment')}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button
              type="primary"
              loading={save.isPending}
              onClick={submit}
              data-testid="save-appraisal"
            >
              {t('assessmentAppraisal.save')}
            </Button>
          </Flex>
        )}
        {problem && (
          <Typography.Text type="danger" data-testid="appraisal-problem">
            {problem}
          </Typography.Text>
        )}
        {canRequest && (
          <Flex gap={8} wrap>
            <Input
              data-testid="explanation-request"
              placeholder={t('assessmentAppraisal.requestPlaceholder')}
              value={request}
              onChange={(event) => setRequest(event.target.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Button
              data-testid="explanation-request-send"
              disabled={request.trim() === ''}
              loading={ask.isPending}
              onClick={() =>
                ask.mutate(
                  { nodeCode: node.code, version: entry.version, request },
                  {
                    onSuccess: () => {
                      setRequest('');
                      void message.success(t('assessmentAppraisal.requestSent'));
                    },
                  },
                )
              }
            >
              {t('assessmentAppraisal.requestExplanation')}
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
