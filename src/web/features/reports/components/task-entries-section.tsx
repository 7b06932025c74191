/**
 * Kết quả thực hiện nhiệm vụ: the unit's tasks under the plan's headings with their plan numbers,
 * the filter "Tất cả / Đến hạn kỳ này", and "Sao chép từ kỳ trước". Filtered-out cards stay
 * mounted (hidden), so the form keeps and validates every task whatever the filter shows.
 */
import { useState } from 'react';
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Segmented, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviousReportDto, SubmissionDto } from '@contract/reports';
import { describeError } from '@web/lib/error-message';
import { fetchPreviousReport, type ReportAddress } from '../api/reports-api';
import { copyFromPrevious } from './copy-from-previous';
import type { ReportFormValues } from './report-form-values';
import { groupReportTasks, type TaskFilter } from './task-groups';
import { TaskEntryCard } from './task-entry-card';

interface TaskEntriesSectionProps {
  address: ReportAddress;
  submission: SubmissionDto;
  ensureSaved: () => Promise<boolean>;
  /** Tells the autosave of values the form set itself. */
  onChanged: () => void;
  /** The previous report once copied from, for the KPI boxes to show its figures. */
  onPreviousRead: (previous: PreviousReportDto) => void;
}

export function TaskEntriesSection({
  address,
  submission,
  ensureSaved,
  onChanged,
  onPreviousRead,
}: TaskEntriesSectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = Form.useFormInstance<ReportFormValues>();
  const [filter, setFilter] = useState<TaskFilter>('all');
  const [copying, setCopying] = useState(false);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const { entries } = submission;
  const { canEdit } = submission.abilities;
  const groups = groupReportTasks(entries, filter);
  const dueCount = entries.filter((entry) => entry.task.dueInPeriod !== null).length;
  const shownCount = groups.reduce((count, group) => count + group.visibleIds.size, 0);

  const copy = async () => {
    setCopyNote(null);
    setCopying(true);
    try {
      const previous = await fetchPreviousReport(address);
      if (previous.period === null) {
        void message.info(t('reportScreens.copy.none'));
        return;
      }
      onPreviousRead(previous);
      const outcome = copyFromPrevious(form.getFieldsValue(true) as ReportFormValues, previous);
      const period = previous.period.label;
      if (outcome.copied === 0) {
        setCopyNote(t('reportScreens.copy.nothingFilled', { period }));
        return;
      }
      form.setFieldsValue({ entries: outcome.values.entries });
      onChanged();
      setCopyNote(
        [
          t('reportScreens.copy.done', { copied: outcome.copied, period }),
          outcome.kept > 0 ? t('reportScreens.copy.kept', { kept: outcome.kept }) : '',
          t('reportScreens.copy.check'),
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (error) {
      void message.error(`${t('reportScreens.copy.failed')}: ${describeError(error, t)}`);
    } finally {
      setCopying(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('reportScreens.tasks.title')}
      extra={
        canEdit &&
        entries.length > 0 && (
          <Tooltip title={t('reportScreens.copy.tooltip')}>
            <Button
              icon={<CopyOutlined />}
              loading={copying}
              onClick={() => void copy()}
              data-testid="report-copy-previous"
            >
              {t('reportScreens.copy.button')}
            </Button>
          </Tooltip>
        )
      }
    >
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t('reportScreens.tasks.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          <Segmented<TaskFilter>
            aria-label={t('reportScreens.tasks.filterLabel')}
            data-testid="report-task-filter"
            value={filter}
            onChange={setFilter}
            options={[
              {
                value: 'all',
                label: t('reportScreens.tasks.filterAll', { count: entries.length }),
              },
              { value: 'due', label: t('reportScreens.tasks.filterDue', { count: dueCount }) },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          {copyNote && (
            <Alert
              type="info"
              showIcon
              closable
              onClose={() => setCopyNote(null)}
              title={copyNote}
              data-testid="report-copy-note"
            />
          )}
          {shownCount === 0 && (
            <Typography.Text type="secondary">{t('reportScreens.tasks.noneDue')}</Typography.Text>
          )}
          <Form.List name="entries">
            {() =>
              groups.map((group) => (
                <Flex
                  key={group.key || 'general'}
                  vertical
                  gap={12}
                  style={group.visible ? undefined : { display: 'none' }}
                  data-testid={`report-task-group-${group.key || 'general'}`}
                >
                  {(group.title || groups.length > 1) && (
                    <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
                      {group.title || t('reportScreens.tasks.general')}
                    </Typography.Title>
                  )}
                  {group.items.map(({ entry, index }) => (
                    <div
                      key={entry.task.id}
                      style={group.visibleIds.has(entry.task.id) ? undefined : { display: 'none' }}
                    >
                      <TaskEntryCard
                        address={address}
                        entry={entry}
                        index={index}
                        canEdit={canEdit}
                        ensureSaved={ensureSaved}
                        onChanged={onChanged}
                      />
                    </div>
                  ))}
                </Flex>
              ))
            }
          </Form.List>
        </Flex>
      )}
    </Card>
  );
}
