/**
 * Màn hình xem lại (an import that is read): totals and warnings on top, the original text left,
 * the structure right, linked both ways; edits apply to a client-side copy of the reading; a line's
 * new role re-reads the file on the server; "Tạo dự thảo" sends the reviewed copy.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  downloadPlanImportFile,
  type ImportedPlanDto,
  type PlanImportDto,
} from '@contract/plan-imports';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { downloadFile, isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useOrganisationList } from '@web/lib/organisation-list';
import { useCreatePlanFromImport, useRereadPlanImport } from '../../api/plan-imports-api';
import type { ImportEdit } from './import-edits';
import { ImportHeaderPanel } from './import-header-panel';
import { ImportOutlinePanel } from './import-outline-panel';
import { ImportReportingPanel } from './import-reporting-panel';
import {
  draftRequest,
  itemAtLine,
  itemId,
  recomputeTotals,
  sourceOf,
  withOverride,
  withoutOverride,
  type LineOverride,
  type ReviewItem,
} from './import-review';
import { ImportSourcePane } from './import-source-pane';
import { ImportTargetsPanel } from './import-targets-panel';
import { ImportTotalsBar, ImportWarningList } from './import-totals-bar';

type ReviewTab = 'general' | 'outline' | 'targets' | 'reporting';

/** Where an item is shown on the right. */
function tabOf(item: ReviewItem): ReviewTab | null {
  switch (item.kind) {
    case 'task':
    case 'section':
      return 'outline';
    case 'target':
      return 'targets';
    case 'field':
      return 'general';
    case 'reporting':
      return 'reporting';
    case 'warning':
      return null;
  }
}

interface Selection {
  item: ReviewItem;
  /** The pane the click came from: the other one scrolls to the item. */
  from: 'source' | 'structure';
}

export function ImportReviewView(props: { planImport: PlanImportDto; result: ImportedPlanDto }) {
  const { planImport } = props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const reread = useRereadPlanImport(planImport.id);
  const create = useCreatePlanFromImport(planImport.id);
  const [draft, setDraft] = useState(props.result);
  const draftRef = useRef(props.result);
  const [isEdited, setIsEdited] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [tab, setTab] = useState<ReviewTab>('outline');
  const [applyReporting, setApplyReporting] = useState(true);
  const [isDownloading, setIsDownloading] = useState(false);
  const units = useOrganisationList({ includeClosed: true });
  const unitNames = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])),
    [units.data],
  );
  const totals = useMemo(() => recomputeTotals(draft), [draft]);
  const selected = selection?.item ?? null;
  const spans = useMemo(() => sourceOf(draft, selected), [draft, selected]);
  const isCreated = planImport.status === 'created' || planImport.planId !== null;

  const replaceDraft = useCallback((plan: ImportedPlanDto, edited: boolean) => {
    draftRef.current = plan;
    setDraft(plan);
    setIsEdited(edited);
  }, []);

  const applyEdit = useCallback(
    (change: (plan: ImportedPlanDto) => ImportEdit) => {
      const edit = change(draftRef.current);
      if (edit.ok) replaceDraft(edit.plan, true);
      else void message.error(edit.message);
    },
    [message, replaceDraft],
  );

  const selectFromStructure = useCallback(
    (item: ReviewItem) => setSelection({ item, from: 'structure' }),
    [],
  );
  const selectTask = useCallback(
    (key: string) => selectFromStructure({ kind: 'task', key }),
    [selectFromStructure],
  );
  const selectSection = useCallback(
    (id: string) => selectFromStructure({ kind: 'section', id }),
    [selectFromStructure],
  );

  const selectLine = useCallback((line: number) => {
    const item = itemAtLine(draftRef.current, line);
    if (!item) return;
    setSelection({ item, from: 'source' });
    const itemTab = tabOf(item);
    if (itemTab) setTab(itemTab);
  }, []);

  // A line clicked on the left: bring its item into view on the right once its tab is shown.
  useEffect(() => {
    if (selection?.from !== 'source') return;
    const frame = requestAnimationFrame(() =>
      document
        .getElementById(`import-item-${itemId(selection.item)}`)
        ?.scrollIntoView({ block: 'nearest' }),
    );
    return () => cancelAnimationFrame(frame);
  }, [selection, tab]);

  const readAgain = (overrides: LineOverride[]) => {
    const run = () =>
      reread.mutate(
        { overrides },
        {
          onSuccess: (answer) => {
            if (answer.result) replaceDraft(answer.result, false);
            setSelection(null);
            void message.success(t('planImportScreens.source.rereadDone'));
          },
          onError: (error) => void message.error(describeError(error, t)),
        },
      );
    if (!isEdited) {
      run();
      return;
    }
    void modal.confirm({
      title: t('planImportScreens.source.rereadTitle'),
      content: t('planImportScreens.source.rereadLosesEdits'),
      okText: t('planImportScreens.source.reread'),
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };

  const createDraft = () =>
    create.mutate(draftRequest(draftRef.current, applyReporting), {
      onSuccess: ({ planId }) => {
        void message.success(t('planImportScreens.draftCreated'));
        void navigate(`/plans/${planId}`);
      },
    });

  const downloadOriginal = async () => {
    setIsDownloading(true);
    try {
      await downloadFile(downloadPlanImportFile, { params: { id: planImport.id } });
    } catch (error) {
      void message.error(describeError(error, t));
    } finally {
      setIsDownloading(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Flex vertical>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {planImport.fileName}
              </Typography.Title>
              <Typography.Text type="secondary">
                {planImport.organisationName}
                {planImport.year !== null ? ` · ${planImport.year}` : ''} ·{' '}
                {t('planImportScreens.lineCount', {
                  count: formatViNumber(planImport.lines.length),
                })}
                {isEdited && (
                  <Tag color="blue" style={{ marginLeft: 8 }}>
                    {t('planImportScreens.editedNote')}
                  </Tag>
                )}
              </Typography.Text>
            </Flex>
            <Flex gap={8} wrap>
              <Button
                icon={<DownloadOutlined />}
                loading={isDownloading}
                onClick={() => void downloadOriginal()}
              >
                {t('planImportScreens.downloadOriginal')}
              </Button>
              <Button
                type="primary"
                icon={<FileAddOutlined />}
                data-testid="import-create-draft"
                loading={create.isPending}
                disabled={!planImport.can.create || isCreated}
                title={planImport.can.create ? undefined : t('planImportScreens.cannotCreate')}
                onClick={createDraft}
              >
                {t('planImportScreens.createDraft')}
              </Button>
            </Flex>
          </Flex>
          {isCreated && planImport.planId && (
            <Typography.Text>
              {t('planImportScreens.created')}{' '}
              <Link to={`/plans/${planImport.planId}`}>{t('planImportScreens.openPlan')}</Link>
            </Typography.Text>
          )}
          {create.isError && <CreateError error={create.error} />}
          <ImportTotalsBar totals={totals} />
          <ImportWarningList
            warnings={draft.warnings}
            onOpen={(index) => selectFromStructure({ kind: 'warning', index })}
          />
        </Flex>
      </Card>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
          gap: 12,
          height: 'calc(100vh - 180px)',
          minHeight: 480,
        }}
      >
        <Card
          size="small"
          title={t('planImportScreens.source.title')}
          extra={
            planImport.overrides.length > 0 ? (
              <Tag color="blue">
                {t('planImportScreens.source.overridden', { count: planImport.overrides.length })}
              </Tag>
            ) : undefined
          }
          loading={reread.isPending}
          style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
          styles={{ body: { flex: 1, minHeight: 0, padding: 0 } }}
        >
          <ImportSourcePane
            lines={planImport.lines}
            spans={spans}
            scrollToSpans={selection?.from === 'structure'}
            overrides={planImport.overrides}
            onLineClick={selectLine}
            onOverride={(override) => readAgain(withOverride(planImport.overrides, override))}
            onClearOverride={(line) => readAgain(withoutOverride(planImport.overrides, line))}
          />
        </Card>
        <Card size="small" styles={{ body: { height: '100%', overflow: 'auto' } }}>
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as ReviewTab)}
            items={[
              {
                key: 'general',
                label: t('planImportScreens.tabs.general'),
                children: (
                  <ImportHeaderPanel
                    plan={draft}
                    selectedKey={selected?.kind === 'field' ? selected.key : null}
                    onSelect={(key) => selectFromStructure({ kind: 'field', key })}
                    onEdit={applyEdit}
                  />
                ),
              },
              {
                key: 'outline',
                label: `${t('planImportScreens.tabs.outline')} (${formatViNumber(draft.tasks.length)})`,
                children: (
                  <ImportOutlinePanel
                    plan={draft}
                    selected={selected}
                    unitNames={unitNames}
                    onSelectTask={selectTask}
                    onSelectSection={selectSection}
                    onEdit={applyEdit}
                  />
                ),
              },
              {
                key: 'targets',
                label: `${t('planImportScreens.tabs.targets')} (${formatViNumber(draft.content.targets.length)})`,
                children: (
                  <ImportTargetsPanel
                    plan={draft}
                    selected={selected}
                    onSelect={(id) => selectFromStructure({ kind: 'target', id })}
                    onEdit={applyEdit}
                  />
                ),
              },
              {
                key: 'reporting',
                label: t('planImportScreens.tabs.reporting'),
                children: (
                  <ImportReportingPanel
                    reporting={draft.reporting}
                    apply={applyReporting}
                    isSelected={selected?.kind === 'reporting'}
                    onApplyChange={setApplyReporting}
                    onSelect={() => selectFromStructure({ kind: 'reporting' })}
                  />
                ),
              },
            ]}
          />
        </Card>
      </div>
    </Flex>
  );
}

/** A refused "Tạo dự thảo": the server's Vietnamese message and, for a 400, what each field says. */
function CreateError({ error }: { error: unknown }) {
  const details = isApiError(error, 400) ? error.details : [];
  return (
    <Flex vertical gap={4} data-testid="import-create-error">
      <ErrorAlert error={error} />
      {details.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {details.slice(0, 20).map((detail, index) => (
            <li key={index}>
              <Typography.Text type="danger">{detail.message}</Typography.Text>
              {detail.field ? (
                <Typography.Text type="secondary"> ({detail.field})</Typography.Text>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Flex>
  );
}
