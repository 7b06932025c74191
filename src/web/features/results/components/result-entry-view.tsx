/**
 * Nhập điểm một đơn vị: the framework tree with inputs per leaf — or per area/criterion, as decisions
 * publish them, when nothing under it is typed — provisional totals as you type (an empty cell is
 * "Chưa có điểm", not 0), saved with If-Match.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Input, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FrameworkDto } from '@contract/frameworks';
import { enteredScoreProblem } from '@contract/framework-rules';
import type { UnitResult } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useFrameworkTree, useSaveUnitResult, useUnitResult } from '../api/results-api';
import {
  hasDraftValue,
  lockedEntryCodes,
  readScore,
  rollUpDrafts,
  type DraftScores,
} from './result-totals';

interface ResultEntryViewProps {
  frameworkId: string;
  organisationId: string;
}

export function ResultEntryView({ frameworkId, organisationId }: ResultEntryViewProps) {
  const framework = useFrameworkTree(frameworkId);
  const result = useUnitResult(frameworkId, organisationId);
  if (framework.isPending || result.isPending) return <FullPageSpinner />;
  if (framework.isError) return <ErrorAlert error={framework.error} />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  return (
    // A new version (saved here, or reloaded after a 412) starts the form again from what is stored.
    <EntryForm
      key={result.data.version}
      framework={framework.data}
      result={result.data}
      isReloading={result.isFetching}
      onReload={() => void result.refetch()}
    />
  );
}

type FrameworkNode = FrameworkDto['nodes'][number];
type ScoreKey = 'selfScore' | 'appraisedScore' | 'surveyScore';
type Draft = DraftScores & { note: string };

const SCORE_KEYS: ScoreKey[] = ['selfScore', 'appraisedScore', 'surveyScore'];
const toText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : formatViNumber(value, 3);

function initialDrafts(result: UnitResult): Record<string, Draft> {
  return Object.fromEntries(
    result.entries.map((entry) => [
      entry.nodeCode,
      {
        selfScore: toText(entry.selfScore),
        appraisedScore: toText(entry.appraisedScore),
        surveyScore: toText(entry.surveyScore),
        notApplicable: entry.notApplicable,
        note: entry.note ?? '',
      },
    ]),
  );
}

const EMPTY_DRAFT: Draft = {
  selfScore: '',
  appraisedScore: '',
  surveyScore: '',
  notApplicable: false,
  note: '',
};

function EntryForm({
  framework,
  result,
  isReloading,
  onReload,
}: {
  framework: FrameworkDto;
  result: UnitResult;
  isReloading: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [drafts, setDrafts] = useState(() => initialDrafts(result));
  const save = useSaveUnitResult(framework.id, result.organisation.id);
  const leafCodes = useMemo(() => {
    const parents = new Set(framework.nodes.map((node) => node.parentCode));
    return new Set(framework.nodes.filter((node) => !parents.has(node.code)).map((n) => n.code));
  }, [framework.nodes]);
  const draftOf = (code: string) => drafts[code] ?? EMPTY_DRAFT;
  const change = (code: string, changes: Partial<Draft>) =>
    setDrafts((current) => ({
      ...current,
      [code]: { ...EMPTY_DRAFT, ...current[code], ...changes },
    }));

  const totals = rollUpDrafts(framework.nodes, drafts);
  // One branch, one level: a score typed on an area locks its sub-criteria, and the other way round.
  const locked = lockedEntryCodes(framework.nodes, drafts);
  // A «Có / không» criterion takes 0 or its max only: the same domain rule the server applies.
  const breaksRule = (node: FrameworkNode, text: string) => {
    const value = readScore(text);
    return (
      typeof value === 'number' && enteredScoreProblem(node.rule, node.maxPoints, value) !== null
    );
  };
  const offRuleNodes = framework.nodes.filter((node) =>
    SCORE_KEYS.some((key) => breaksRule(node, draftOf(node.code)[key])),
  );
  const hasInvalid = framework.nodes.some((node) =>
    SCORE_KEYS.some((key) => {
      const text = draftOf(node.code)[key];
      return readScore(text) === 'invalid' || breaksRule(node, text);
    }),
  );

  const submit = () => {
    const stored = new Map(result.entries.map((entry) => [entry.nodeCode, entry]));
    const entries = framework.nodes.flatMap((node) => {
      const draft = drafts[node.code];
      if (!draft) return [];
      // A parent is sent only when a score is typed on it (entered at area level).
      if (!leafCodes.has(node.code) && !hasDraftValue({ ...draft, notApplicable: false }))
        return [];
      const score = (key: ScoreKey) => {
        const value = readScore(draft[key]);
        return typeof value === 'number' ? value : null;
      };
      return [
        {
          nodeCode: node.code,
          selfScore: score('selfScore'),
          appraisedScore: score('appraisedScore'),
          appraisedScore2: stored.get(node.code)?.appraisedScore2 ?? null,
          surveyScore: score('surveyScore'),
          notApplicable: leafCodes.has(node.code) && draft.notApplicable,
          note: draft.note.trim() || undefined,
        },
      ];
    });
    save.mutate(
      { version: result.version, body: { source: result.source, entries } },
      { onSuccess: () => void message.success(t('resultScreens.entry.saved')) },
    );
  };

  const scoreInput = (node: FrameworkNode, key: ScoreKey) => {
    const text = draftOf(node.code)[key];
    const isInvalid = readScore(text) === 'invalid';
    const isOffRule = breaksRule(node, text);
    return (
      <Input
        size="small"
        style={{ width: 80 }}
        inputMode="decimal"
        data-testid={`entry-${key}-${node.code}`}
        status={isInvalid || isOffRule ? 'error' : undefined}
        title={
          isInvalid
            ? t('resultScreens.entry.notANumber')
            : isOffRule
              ? t('resultScreens.entry.binaryOnly', { max: formatViNumber(node.maxPoints, 4) })
              : locked.has(node.code)
                ? t('resultScreens.entry.lockedBranch')
                : undefined
        }
        disabled={draftOf(node.code).notApplicable || (locked.has(node.code) && text === '')}
        value={text}
        onChange={(event) => change(node.code, { [key]: event.target.value })}
      />
    );
  };

  return (
    <Card title={t('resultScreens.entry.title', { unit: result.organisation.name })}>
      <Flex vertical gap={12}>
        {isApiError(save.error, 412) && (
          <VersionConflictAlert
            title={t('resultScreens.entry.conflictTitle')}
            hint={t('resultScreens.entry.conflictHint')}
            isReloading={isReloading}
            onReload={onReload}
          />
        )}
        {save.isError && !isApiError(save.error, 412) && <ErrorAlert error={save.error} />}
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text strong data-testid="entry-total">
            {totals.scoreState === 'unscored'
              ? t('resultScreens.entry.totalUnscored')
              : totals.scoreState === 'partial'
                ? t('resultScreens.entry.totalPartial', { score: formatViNumber(totals.score) })
                : t('resultScreens.entry.total', {
                    score: formatViNumber(totals.score),
                    max: formatViNumber(totals.applicableMaxPoints),
                    percent:
                      totals.indexPercent === null ? '—' : formatViNumber(totals.indexPercent),
                  })}
          </Typography.Text>
          <Button
            type="primary"
            data-testid="entry-save"
            disabled={hasInvalid}
            loading={save.isPending}
            onClick={submit}
          >
            {t('resultScreens.entry.save')}
          </Button>
        </Flex>
        <Typography.Text type="secondary">{t('resultScreens.entry.areaHint')}</Typography.Text>
        {offRuleNodes.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="entry-rule-errors"
            title={offRuleNodes
              .map(
                (node) =>
                  `${node.code}: ${t('resultScreens.entry.binaryOnly', { max: formatViNumber(node.maxPoints, 4) })}`,
              )
              .join('; ')}
          />
        )}
        {result.issues.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={result.issues.map((issue) => issue.message).join('; ')}
          />
        )}
        <Table<FrameworkNode>
          size="small"
          rowKey="code"
          dataSource={framework.nodes}
          pagination={false}
          scroll={{ y: 560 }}
          columns={[
            {
              key: 'code',
              title: t('resultScreens.gaps.columns.code'),
              dataIndex: 'code',
              width: 80,
            },
            {
              key: 'name',
              title: t('resultScreens.gaps.columns.name'),
              render: (_, node) =>
                leafCodes.has(node.code) ? node.name : <strong>{node.name}</strong>,
            },
            {
              key: 'max',
              title: t('resultScreens.gaps.columns.maxPoints'),
              width: 72,
              align: 'right',
              render: (_, node) => formatViNumber(node.maxPoints),
            },
            ...SCORE_KEYS.map((key) => ({
              key,
              title: t(`resultScreens.entry.${key}`),
              width: 96,
              render: (_: unknown, node: FrameworkNode) => scoreInput(node, key),
            })),
            {
              key: 'rolledUp',
              title: t('resultScreens.entry.rolledUp'),
              width: 120,
              align: 'right' as const,
              render: (_: unknown, node: FrameworkNode) => {
                const figure = totals.nodes.get(node.code);
                if (!figure || figure.scoreState === 'unscored') {
                  return <Tag>{t('resultScreens.scoreState.unscored')}</Tag>;
                }
                const score = formatViNumber(figure.score);
                return figure.scoreState === 'partial' ? (
                  <Typography.Text type="secondary">
                    {t('resultScreens.gaps.partialScore', { score })}
                  </Typography.Text>
                ) : (
                  `${score} / ${formatViNumber(figure.applicableMaxPoints)}`
                );
              },
            },
            {
              key: 'notApplicable',
              title: t('resultScreens.entry.notApplicable'),
              width: 96,
              render: (_, node) =>
                leafCodes.has(node.code) ? (
                  <Switch
                    size="small"
                    checked={draftOf(node.code).notApplicable}
                    onChange={(checked) => change(node.code, { notApplicable: checked })}
                  />
                ) : null,
            },
            {
              key: 'note',
              title: t('resultScreens.entry.note'),
              width: 200,
              render: (_, node) =>
                leafCodes.has(node.code) ? (
                  <Input
                    size="small"
                    value={draftOf(node.code).note}
                    onChange={(event) => change(node.code, { note: event.target.value })}
                  />
                ) : null,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
