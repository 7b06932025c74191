/**
 * Bảng điểm điều tra xã hội học: units down, survey criteria across (code, name, max), each cell
 * typed in Vietnamese form ("9,39") and saved when the cell is left, under that cell's version
 * (If-Match): a clash (412) reloads the table and says so, never overwriting silently.
 */
import { useState } from 'react';
import { App, Input, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundResults, RoundUnitResult, SurveyCell } from '@contract/assessment-results';
import { formatViNumber, parseViNumber } from '@contract/vi-format';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useSaveSurveyScore } from '../api/results-round-api';

interface SurveyScoreTableProps {
  results: RoundResults;
  isReloading: boolean;
  onReload: () => void;
}

export function SurveyScoreTable({ results, isReloading, onReload }: SurveyScoreTableProps) {
  const { t } = useTranslation();
  const [hasConflict, setHasConflict] = useState(false);
  const editable = results.actions.editSurvey;
  return (
    <>
      {hasConflict && (
        <VersionConflictAlert
          title={t('assessmentResults.survey.conflictTitle')}
          hint={t('assessmentResults.survey.conflictHint')}
          isReloading={isReloading}
          onReload={() => {
            setHasConflict(false);
            onReload();
          }}
        />
      )}
      <Table<RoundUnitResult>
        size="small"
        data-testid="survey-table"
        rowKey={(unit) => unit.organisation.id}
        dataSource={results.units}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'unit',
            title: t('assessmentResults.survey.unit'),
            fixed: 'left',
            width: 260,
            render: (_, unit) => unit.organisation.name,
          },
          ...results.surveyNodes.map((node, index) => ({
            key: node.code,
            width: 120,
            align: 'right' as const,
            title: (
              <Tooltip title={node.name}>
                <span>
                  {node.code}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('assessmentResults.survey.max', { max: formatViNumber(node.maxPoints, 4) })}
                  </Typography.Text>
                </span>
              </Tooltip>
            ),
            render: (_: unknown, unit: RoundUnitResult) => {
              const cell = unit.survey[index]!;
              if (!cell.applicable)
                return (
                  <Typography.Text type="secondary">
                    {t('assessmentResults.survey.notApplicable')}
                  </Typography.Text>
                );
              return editable ? (
                <SurveyScoreInput
                  key={`${cell.nodeCode}-${cell.version}-${cell.points}`}
                  roundId={results.round.id}
                  unit={unit}
                  cell={cell}
                  maxPoints={node.maxPoints}
                  onConflict={() => {
                    setHasConflict(true);
                    onReload();
                  }}
                />
              ) : cell.points === null ? (
                t('common.empty')
              ) : (
                formatViNumber(cell.points, 4)
              );
            },
          })),
          {
            key: 'part',
            title: t('assessmentResults.survey.part'),
            align: 'right',
            width: 110,
            render: (_, unit) => <strong>{formatViNumber(unit.surveyPart)}</strong>,
          },
        ]}
      />
    </>
  );
}

function SurveyScoreInput({
  roundId,
  unit,
  cell,
  maxPoints,
  onConflict,
}: {
  roundId: string;
  unit: RoundUnitResult;
  cell: SurveyCell;
  maxPoints: number;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const shown = cell.points === null ? '' : formatViNumber(cell.points, 4);
  const [text, setText] = useState(shown);
  const save = useSaveSurveyScore(roundId);

  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === shown) return;
    const points = trimmed === '' ? null : parseViNumber(trimmed);
    if (trimmed !== '' && points === null) {
      void message.error(t('assessmentResults.survey.notANumber', { value: trimmed }));
      setText(shown);
      return;
    }
    save.mutate(
      {
        organisationId: unit.organisation.id,
        nodeCode: cell.nodeCode,
        version: cell.version,
        points,
      },
      {
        onSuccess: () =>
          void message.success(
            t('assessmentResults.survey.saved', {
              node: cell.nodeCode,
              unit: unit.organisation.name,
            }),
          ),
        onError: (error) => {
          setText(shown);
          if (isApiError(error, 412)) onConflict();
          else void message.error(describeError(error, t));
        },
      },
    );
  };

  return (
    <Input
      size="small"
      inputMode="decimal"
      style={{ width: 90, textAlign: 'right' }}
      aria-label={`${unit.organisation.name} ${cell.nodeCode}`}
      data-testid={`survey-${unit.organisation.code}-${cell.nodeCode}`}
      placeholder={`0–${formatViNumber(maxPoints, 4)}`}
      value={text}
      disabled={save.isPending}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onPressEnter={(event) => (event.target as HTMLInputElement).blur()}
    />
  );
}
