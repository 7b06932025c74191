/**
 * Kết quả một nhiệm vụ: its number in the plan, the unit's role, the task, whether it is due this
 * period, its status, progress, result, reason, documents, evidence and (when it leads) the
 * coordinators' parts. "Hoàn thành" sets the progress to 100 % (and says so); 100 % with another
 * status offers to switch to "Hoàn thành"; "Hoàn thành" below 100 % is an error, as on the server.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { TASK_STATUSES } from '@contract/plan-labels';
import { DONE_BELOW_FULL_MESSAGE } from '@contract/report-labels';
import type { ReportAddress } from '../api/reports-api';
import type { ReportFormValues } from './report-form-values';
import { CoordinatorParts } from './coordinator-parts';
import { DocumentRefsList } from './document-refs-list';
import { EvidenceFiles } from './evidence-files';

type ReportEntry = SubmissionDto['entries'][number];

interface TaskEntryCardProps {
  address: ReportAddress;
  entry: ReportEntry;
  index: number;
  canEdit: boolean;
  ensureSaved: () => Promise<boolean>;
  /** Tells the autosave of a change the form made itself (setFieldValue fires no onValuesChange). */
  onChanged: () => void;
}

export function TaskEntryCard({
  address,
  entry,
  index,
  canEdit,
  ensureSaved,
  onChanged,
}: TaskEntryCardProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<ReportFormValues>();
  const { task } = entry;
  const statusPath: ['entries', number, 'status'] = ['entries', index, 'status'];
  const progressPath: ['entries', number, 'progress'] = ['entries', index, 'progress'];
  // Shown once the form itself raised the % because "Hoàn thành" was chosen.
  const [setFullByDone, setSetFullByDone] = useState(false);
  const status = Form.useWatch(statusPath, form);
  const progress = Form.useWatch(progressPath, form);

  const onStatusChange = (next: string) => {
    if (next === 'done' && (form.getFieldValue(progressPath) ?? 0) < 100) {
      form.setFieldValue(progressPath, 100);
      setSetFullByDone(true);
    } else setSetFullByDone(false);
    void form.validateFields([progressPath]).catch(() => undefined);
  };
  const markDone = () => {
    form.setFieldValue(statusPath, 'done');
    onStatusChange('done');
    onChanged();
  };

  return (
    <Card
      size="small"
      data-testid={`report-entry-${task.id}`}
      title={
        <Flex gap={8} align="start" style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          {task.number && (
            <Tag
              color="default"
              title={t('reportScreens.tasks.numberTitle')}
              data-testid={`entry-number-${task.id}`}
              style={{ fontWeight: 600 }}
            >
              {task.number}
            </Tag>
          )}
          <Tag color={task.role === 'lead' ? 'geekblue' : 'purple'}>
            {task.role === 'lead'
              ? t('reportScreens.tasks.roleLead')
              : t('reportScreens.tasks.roleCoordinator')}
          </Tag>
          <Flex vertical gap={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{task.content}</span>
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {[
                task.area,
                task.timeframeText &&
                  `${t('reportScreens.tasks.timeframe')}: ${task.timeframeText}`,
              ]
                .filter(Boolean)
                .join(' · ')}
              {task.dueInPeriod && (
                <Tag
                  color={task.dueInPeriod === 'overdue' ? 'red' : 'gold'}
                  style={{ marginLeft: 8 }}
                  data-testid={`entry-due-${task.id}`}
                >
                  {t(`reportScreens.tasks.dueReason.${task.dueInPeriod}`)}
                </Tag>
              )}
            </Typography.Text>
          </Flex>
        </Flex>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name={[index, 'status']} label={t('reportScreens.tasks.status')}>
            <Select
              data-testid={`entry-status-${task.id}`}
              onChange={onStatusChange}
              options={TASK_STATUSES.map((status) => ({
                value: status,
                label: t(`planScreens.taskStatus.${status}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item
            name={[index, 'progress']}
            label={t('reportScreens.tasks.progress')}
            dependencies={[statusPath]}
            rules={[
              {
                validator: (_, value: number | null) =>
                  form.getFieldValue(statusPath) === 'done' && (value ?? 0) < 100
                    ? Promise.reject(new Error(DONE_BELOW_FULL_MESSAGE))
                    : Promise.resolve(),
              },
            ]}
          >
            <InputNumber
              onChange={() => setSetFullByDone(false)}
              data-testid={`entry-progress-${task.id}`}
              min={0}
              max={100}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        {(setFullByDone && status === 'done' && progress === 100) ||
        (progress === 100 && status !== 'done' && canEdit) ? (
          <Col xs={24} md={12} style={{ alignSelf: 'center' }}>
            {status === 'done' ? (
              <Typography.Text type="success" data-testid={`entry-full-note-${task.id}`}>
                {t('reportScreens.tasks.doneSetFull')}
              </Typography.Text>
            ) : (
              <Flex gap={8} align="center" wrap data-testid={`entry-full-hint-${task.id}`}>
                <Typography.Text type="warning">
                  {t('reportScreens.tasks.fullNotDone')}
                </Typography.Text>
                <Button size="small" onClick={markDone} data-testid={`entry-mark-done-${task.id}`}>
                  {t('reportScreens.tasks.markDone')}
                </Button>
              </Flex>
            )}
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item name={[index, 'result']} label={t('reportScreens.tasks.result')}>
            <Input.TextArea
              data-testid={`entry-result-${task.id}`}
              autoSize={{ minRows: 2 }}
              maxLength={20000}
            />
          </Form.Item>
        </Col>
        <Form.Item
          noStyle
          shouldUpdate={(previous: ReportFormValues, next: ReportFormValues) =>
            previous.entries?.[index]?.status !== next.entries?.[index]?.status
          }
        >
          {({ getFieldValue }) =>
            getFieldValue(['entries', index, 'status']) === 'cannot_do' && (
              <Col span={24}>
                <Form.Item
                  name={[index, 'reason']}
                  label={t('reportScreens.tasks.reason')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('reportScreens.tasks.reasonRequired'),
                    },
                  ]}
                >
                  <Input.TextArea
                    data-testid={`entry-reason-${task.id}`}
                    autoSize={{ minRows: 2 }}
                    maxLength={5000}
                  />
                </Form.Item>
              </Col>
            )
          }
        </Form.Item>
      </Row>
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong>{t('reportScreens.tasks.documents')}</Typography.Text>
          <DocumentRefsList entryIndex={index} disabled={!canEdit} />
        </div>
        <EvidenceFiles
          address={address}
          taskId={task.id}
          files={entry.evidence}
          canUpload={canEdit}
          ensureSaved={ensureSaved}
        />
        {task.role === 'lead' && entry.coordinatorParts.length > 0 && (
          <CoordinatorParts taskId={task.id} parts={entry.coordinatorParts} />
        )}
      </Flex>
    </Card>
  );
}
