/** Kết quả một nhiệm vụ: the unit's role, the task, its status, progress, result, reason, documents, evidence and (when it leads) the coordinators' parts. */
import { Card, Col, Flex, Form, Input, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { TASK_STATUSES } from '@contract/plan-labels';
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
}

export function TaskEntryCard({ address, entry, index, canEdit, ensureSaved }: TaskEntryCardProps) {
  const { t } = useTranslation();
  const { task } = entry;
  return (
    <Card
      size="small"
      data-testid={`report-entry-${task.id}`}
      title={
        <Flex gap={8} align="start" style={{ whiteSpace: 'normal', padding: '8px 0' }}>
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
              options={TASK_STATUSES.map((status) => ({
                value: status,
                label: t(`planScreens.taskStatus.${status}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name={[index, 'progress']} label={t('reportScreens.tasks.progress')}>
            <InputNumber
              data-testid={`entry-progress-${task.id}`}
              min={0}
              max={100}
              precision={0}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
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
