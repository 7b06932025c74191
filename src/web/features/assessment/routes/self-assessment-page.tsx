/**
 * Trang tự đánh giá của đơn vị (/assessment/:roundId/units/:organisationId): the framework tree by
 * area, each criterion saved as it is filled (If-Match per criterion), the completion bar,
 * khó khăn / kiến nghị, and submit / withdraw for the unit's leader. Read-only once submitted.
 */
import { useState } from 'react';
import { App, Button, Collapse, Flex, Input, Result, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { KpiProposalDto } from '@contract/assessment-kpi-proposals';
import type { SelfAssessmentDto, SelfNodeDto } from '@contract/assessment-self';
import { formatViDate, formatViDateTime } from '@contract/vi-format';
import { isApiError } from '@web/lib/api-client';
import {
  useReloadSelf,
  useSaveEntry,
  useSaveNotes,
  useKpiProposals,
  useSelfAssessment,
  useSubmission,
  type EntryChanges,
  type SelfAddress,
} from '../api/self-api';
import { DocumentsLinks } from '../components/documents-links';
import { SelfCompletionBar } from '../components/self-completion-bar';
import { SelfEntryCard } from '../components/self-entry-card';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

export function SelfAssessmentPage() {
  const { roundId = '', organisationId = '' } = useParams();
  const address = { roundId, organisationId };
  const form = useSelfAssessment(address);
  const kpiProposals = useKpiProposals(address);
  const { t } = useTranslation();
  if (form.isLoading) return <Spin />;
  if (form.isError || !form.data) {
    return <Result status="warning" title={form.error?.message ?? t('assessmentSelf.title')} />;
  }
  return (
    <SelfAssessmentForm
      address={address}
      data={form.data}
      kpiProposals={kpiProposals.data?.items ?? []}
    />
  );
}

function SelfAssessmentForm({
  address,
  data,
  kpiProposals,
}: {
  address: SelfAddress;
  data: SelfAssessmentDto;
  kpiProposals: readonly KpiProposalDto[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveEntry = useSaveEntry(address);
  const reload = useReloadSelf(address);
  const submission = useSubmission(address);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const canEdit = data.actions.edit;
  const entries = new Map(data.entries.map((entry) => [entry.nodeCode, entry]));
  const proposalByCode = new Map(kpiProposals.map((proposal) => [proposal.nodeCode, proposal]));

  const save = (nodeCode: string, changes: EntryChanges) => {
    const version = entries.get(nodeCode)?.version ?? 0;
    setSaveState({ kind: 'saving' });
    saveEntry.mutate(
      { nodeCode, version, changes },
      {
        onSuccess: () => setSaveState({ kind: 'saved', at: new Date() }),
        onError: (error) => {
          if (isApiError(error, 412)) {
            void message.warning(t('assessmentSelf.save.conflict'));
            setSaveState({ kind: 'failed', message: t('assessmentSelf.save.conflict') });
            void reload();
            return;
          }
          setSaveState({ kind: 'failed', message: error.message });
          void message.error(error.message);
          // Counts refused as no longer the data's: reload the form and its proposals.
          if (changes.input?.type === 'ratio' && changes.input.source) void reload();
        },
      },
    );
  };

  const areas = data.nodes.filter((node) => node.parentCode === null);
  const under = (area: SelfNodeDto) =>
    data.nodes.filter((node) => node.code !== area.code && isBelow(data.nodes, node, area.code));

  return (
    <Flex vertical gap={12} data-testid="self-assessment-page">
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Flex vertical gap={2}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('assessmentSelf.title')} — {data.unit.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {data.round.name} · {data.round.framework.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('assessmentSelf.windowLabel', {
              from: data.round.window.opensOn ? formatViDate(data.round.window.opensOn) : '…',
              to: data.round.window.closesOn ? formatViDate(data.round.window.closesOn) : '…',
            })}
          </Typography.Text>
        </Flex>
        <Flex vertical align="end" gap={4}>
          <Tag data-testid="self-status" color={data.status === 'submitted' ? 'green' : 'blue'}>
            {t(`assessmentSelf.status.${data.status}`)}
          </Tag>
          <SaveStatusText state={saveState} />
          <DocumentsLinks roundId={data.round.id} organisationId={data.unit.id} />
        </Flex>
      </Flex>
      <SelfCompletionBar completion={data.completion} />
      {data.status === 'submitted' && data.submittedAt && (
        <Typography.Text type="secondary" data-testid="self-read-only">
          {t('assessmentSelf.submittedReadOnly', { at: formatViDateTime(data.submittedAt) })}
        </Typography.Text>
      )}
      {data.status !== 'submitted' && !data.round.windowOpen && (
        <Typography.Text type="warning">{t('assessmentSelf.windowClosed')}</Typography.Text>
      )}
      <Collapse
        defaultActiveKey={areas.map((area) => area.code)}
        items={areas.map((area) => ({
          key: area.code,
          label: `${area.code}. ${area.name}`,
          children: (
            <Flex vertical gap={8}>
              {(area.isLeaf ? [area] : under(area)).map((node) =>
                node.isLeaf ? (
                  <SelfEntryCard
                    key={node.code}
                    address={address}
                    node={node}
                    entry={entries.get(node.code)}
                    canEdit={canEdit}
                    kpiProposal={proposalByCode.get(node.code)}
                    onSave={save}
                  />
                ) : (
                  <Typography.Text key={node.code} strong>
                    {node.code}. {node.name}
                  </Typography.Text>
                ),
              )}
            </Flex>
          ),
        }))}
      />
      <NotesSection address={address} data={data} canEdit={canEdit} />
      <Flex gap={8} justify="end">
        {data.actions.submit && (
          <Button
            type="primary"
            data-testid="self-submit"
            loading={submission.submit.isPending}
            onClick={() =>
              submission.submit.mutate(data.version, {
                onSuccess: () => void message.success(t('assessmentSelf.submitted')),
                onError: (error) => void message.error(error.message),
              })
            }
          >
            {t('assessmentSelf.submit')}
          </Button>
        )}
        {data.actions.withdraw && (
          <Button
            data-testid="self-withdraw"
            loading={submission.withdraw.isPending}
            onClick={() =>
              submission.withdraw.mutate(data.version, {
                onSuccess: () => void message.success(t('assessmentSelf.withdrawn')),
                onError: (error) => void message.error(error.message),
              })
            }
          >
            {t('assessmentSelf.withdraw')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** True when `node` sits somewhere under `ancestorCode`. */
function isBelow(nodes: SelfNodeDto[], node: SelfNodeDto, ancestorCode: string): boolean {
  const byCode = new Map(nodes.map((each) => [each.code, each]));
  let parent = node.parentCode;
  for (let depth = 0; parent !== null && depth < 64; depth++) {
    if (parent === ancestorCode) return true;
    parent = byCode.get(parent)?.parentCode ?? null;
  }
  return false;
}

function SaveStatusText({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'idle'
      ? t('assessmentSelf.save.idle')
      : state.kind === 'saving'
        ? t('assessmentSelf.save.saving')
        : state.kind === 'saved'
          ? t('assessmentSelf.save.savedAt', { time: dayjs(state.at).format('HH:mm') })
          : t('assessmentSelf.save.failed', { message: state.message });
  return (
    <Typography.Text
      data-testid="self-save-status"
      type={state.kind === 'failed' ? 'danger' : 'secondary'}
      aria-live="polite"
    >
      {text}
    </Typography.Text>
  );
}

/** Khó khăn, kiến nghị: saved when a field is left (If-Match: the unit's version). */
function NotesSection({
  address,
  data,
  canEdit,
}: {
  address: SelfAddress;
  data: SelfAssessmentDto;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const saveNotes = useSaveNotes(address);
  const reload = useReloadSelf(address);
  const [difficulties, setDifficulties] = useState(data.difficulties);
  const [recommendations, setRecommendations] = useState(data.recommendations);
  const commit = (changes: { difficulties?: string; recommendations?: string }) =>
    saveNotes.mutate(
      { version: data.version, ...changes },
      {
        onError: (error) => {
          void message.error(error.message);
          if (isApiError(error, 412)) void reload();
        },
      },
    );
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{t('assessmentSelf.notes.difficulties')}</Typography.Text>
      <Input.TextArea
        rows={3}
        value={difficulties}
        disabled={!canEdit}
        onChange={(event) => setDifficulties(event.target.value)}
        onBlur={() => difficulties !== data.difficulties && commit({ difficulties })}
      />
      <Typography.Text strong>{t('assessmentSelf.notes.recommendations')}</Typography.Text>
      <Input.TextArea
        rows={3}
        value={recommendations}
        disabled={!canEdit}
        onChange={(event) => setRecommendations(event.target.value)}
        onBlur={() => recommendations !== data.recommendations && commit({ recommendations })}
      />
    </Flex>
  );
}
