/**
 * /assessment/:roundId/results — Điều tra xã hội học, kết quả, công bố of one round: the survey
 * table (typed in place or imported from the template), the results table (appraised + survey =
 * total, index, rank, grade, change from last year), "Chốt kết quả" (the reasons shown when it is
 * refused), "Công bố", and the published appendix's downloads once the round is final.
 */
import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import {
  ArrowLeftOutlined,
  DownloadOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { downloadSurveyTemplate } from '@contract/assessment-results';
import { formatViDate } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { downloadFile, isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useFinaliseRound, useRoundResults } from '../api/results-round-api';
import { ResultsPublishModal } from '../components/results-publish-modal';
import { ResultsTable } from '../components/results-table';
import { SurveyImportModal } from '../components/survey-import-modal';
import { SurveyScoreTable } from '../components/survey-score-table';

export function ResultsRoundPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const roundId = useParams().roundId ?? '';
  useDocumentTitle(t('assessmentResults.pageTitle'));
  const results = useRoundResults(roundId);
  const finalise = useFinaliseRound(roundId);
  const [isImporting, setIsImporting] = useState(false);
  const [isPublishing, setIsPublishing] = useState(false);
  const [templateError, setTemplateError] = useState<unknown>(null);

  if (results.isPending) return <FullPageSpinner />;
  if (results.isError)
    return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  const data = results.data;
  const { round } = data;
  const isFinal = round.state === 'final' || round.state === 'published';
  const refusal = isApiError(finalise.error, 409) ? finalise.error : null;

  const downloadTemplate = async () => {
    setTemplateError(null);
    try {
      await downloadFile(downloadSurveyTemplate, { params: { id: roundId } });
    } catch (error) {
      setTemplateError(error);
    }
  };

  const doFinalise = () =>
    finalise.mutate(data.version, {
      onSuccess: () => void message.success(t('assessmentResults.finalise.done')),
      onError: (error) => {
        if (isApiError(error, 412)) void results.refetch();
      },
    });

  return (
    <Flex vertical gap={16}>
      <div>
        <Link to={`/assessment/${round.id}`}>
          <ArrowLeftOutlined /> {t('assessmentResults.backToRound')}
        </Link>
      </div>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('assessmentResults.pageTitle')}
          </Typography.Title>
          <Typography.Text strong data-testid="round-name">
            {round.name}
          </Typography.Text>{' '}
          <Tag color={isFinal ? 'green' : 'blue'} data-testid="round-state">
            {t(`assessmentResults.state.${round.state}`)}
          </Tag>
          {!isFinal && <Tag>{t('assessmentResults.stage', { stage: round.appraisalStage })}</Tag>}
          <br />
          <Typography.Text type="secondary">
            {t('assessmentResults.framework', {
              name: round.framework.name,
              code: round.framework.code,
            })}
          </Typography.Text>
        </div>
        <Space wrap>
          {data.actions.finalise && (
            <Popconfirm
              title={t('assessmentResults.finalise.confirm')}
              description={
                <div style={{ maxWidth: 360 }}>{t('assessmentResults.finalise.confirmHint')}</div>
              }
              onConfirm={doFinalise}
            >
              <Button type="primary" loading={finalise.isPending} data-testid="round-finalise">
                {t('assessmentResults.finalise.button')}
              </Button>
            </Popconfirm>
          )}
          {data.actions.publish && (
            <Button
              type="primary"
              data-testid="round-publish"
              onClick={() => setIsPublishing(true)}
            >
              {t('assessmentResults.publish.button')}
            </Button>
          )}
        </Space>
      </Flex>

      {round.publication && (
        <Alert
          type="success"
          showIcon
          data-testid="round-publication"
          title={t('assessmentResults.publish.published', {
            number: round.publication.decisionNumber,
            date: formatViDate(round.publication.decisionDate),
            issuer: round.publication.issuer,
          })}
        />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          data-testid="finalise-refusal"
          title={t('assessmentResults.finalise.blockedTitle')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {(refusal.details.length
                ? refusal.details
                : [{ message: describeError(refusal, t) }]
              ).map((detail, index) => (
                <li key={index}>{detail.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {isApiError(finalise.error, 412) && (
        <Alert
          type="warning"
          showIcon
          title={t('assessmentResults.finalise.conflictTitle')}
          description={t('assessmentResults.finalise.conflictHint')}
        />
      )}
      {finalise.isError && !refusal && !isApiError(finalise.error, 412) && (
        <ErrorAlert error={finalise.error} />
      )}

      <Card
        title={t('assessmentResults.survey.title')}
        extra={
          <Space wrap>
            <Button
              icon={<DownloadOutlined />}
              data-testid="survey-template"
              onClick={() => void downloadTemplate()}
            >
              {t('assessmentResults.survey.template')}
            </Button>
            {data.actions.editSurvey && (
              <Button
                icon={<UploadOutlined />}
                data-testid="survey-import"
                onClick={() => setIsImporting(true)}
              >
                {t('assessmentResults.survey.import')}
              </Button>
            )}
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {data.actions.editSurvey
            ? t('assessmentResults.survey.hint')
            : t('assessmentResults.survey.readOnly')}
        </Typography.Paragraph>
        {templateError !== null && <ErrorAlert error={templateError} />}
        {data.surveyNodes.length === 0 ? (
          <Typography.Text type="secondary">{t('assessmentResults.survey.none')}</Typography.Text>
        ) : (
          <SurveyScoreTable
            results={data}
            isReloading={results.isFetching}
            onReload={() => void results.refetch()}
          />
        )}
      </Card>

      <Card
        title={t('assessmentResults.results.title')}
        extra={
          isFinal && (
            <Space wrap>
              <Link
                to={`/results?framework=${round.framework.id}`}
                data-testid="round-ranking-link"
              >
                {t('assessmentResults.downloads.ranking')}
              </Link>
              <a
                href={`/api/assessment-rounds/${round.id}/publication.docx`}
                data-testid="round-publication-docx"
              >
                <FileWordOutlined /> {t('assessmentResults.downloads.docx')}
              </a>
              <a
                href={`/api/assessment-rounds/${round.id}/publication.xlsx`}
                data-testid="round-publication-xlsx"
              >
                <FileExcelOutlined /> {t('assessmentResults.downloads.xlsx')}
              </a>
            </Space>
          )
        }
      >
        <ResultsTable units={data.units} />
      </Card>

      {isImporting && <SurveyImportModal roundId={roundId} onClose={() => setIsImporting(false)} />}
      {isPublishing && (
        <ResultsPublishModal
          roundId={roundId}
          version={data.version}
          defaultIssuer={round.owner.name}
          onClose={() => setIsPublishing(false)}
        />
      )}
    </Flex>
  );
}
