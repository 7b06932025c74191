/**
 * Tình hình thực hiện: a task's status picker for issued plans. "Không thực hiện được" asks for
 * the reason first; the server decides who may change it and its refusal is shown as it words it.
 */
import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PlanTaskDto } from '@contract/plans';
import { TASK_STATUSES, type TaskStatus } from '@contract/plan-labels';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { planKeys, useUpdateTaskStatus } from '../api/plans-api';

type StatusTask = Pick<PlanTaskDto, 'id' | 'status' | 'statusNote' | 'version' | 'content'>;

export function TaskStatusControl({ task }: { task: StatusTask }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const update = useUpdateTaskStatus();
  const [isAskingReason, setIsAskingReason] = useState(false);
  const [form] = Form.useForm<{ statusNote: string }>();

  const save = (status: TaskStatus, statusNote: string) =>
    update.mutateAsync(
      { taskId: task.id, version: task.version, body: { status, statusNote } },
      {
        onSuccess: () => void message.success(t('planScreens.tasks.statusSaved')),
        onError: (error) => {
          if (isApiError(error, 412)) {
            void message.warning(t('planScreens.conflict'));
            void queryClient.invalidateQueries({ queryKey: planKeys.all });
          } else {
            void message.error(describeError(error, t));
          }
        },
      },
    );

  const choose = (status: TaskStatus) => {
    if (status === task.status) return;
    if (status === 'cannot_do') {
      form.setFieldsValue({ statusNote: task.statusNote });
      setIsAskingReason(true);
      return;
    }
    save(status, '').catch(() => undefined);
  };

  return (
    <>
      <Select<TaskStatus>
        aria-label={`${t('planScreens.tasks.status')}: ${task.content}`}
        style={{ minWidth: 170 }}
        value={task.status}
        loading={update.isPending}
        disabled={update.isPending}
        onChange={choose}
        options={TASK_STATUSES.map((status) => ({
          value: status,
          label: t(`planScreens.taskStatus.${status}`),
        }))}
      />
      {isAskingReason && (
        <Modal
          open
          title={t('planScreens.tasks.statusTitle')}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          confirmLoading={update.isPending}
          onCancel={() => setIsAskingReason(false)}
          onOk={() => form.submit()}
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={({ statusNote }) =>
              save('cannot_do', statusNote.trim())
                .then(() => setIsAskingReason(false))
                .catch(() => undefined)
            }
          >
            <Form.Item
              name="statusNote"
              label={t('planScreens.tasks.statusNote')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('planScreens.tasks.statusNoteRequired'),
                },
              ]}
            >
              <Input.TextArea autoFocus autoSize={{ minRows: 3 }} maxLength={2000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
