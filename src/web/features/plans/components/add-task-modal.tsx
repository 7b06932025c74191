/**
 * Thêm nhiệm vụ: content, section, kind (giao / đề nghị), the lead in any of the ways plans write
 * it, linked criteria among the plan's indices, an optional timeframe and the output (default
 * "Không nêu"); the rest is edited in the table.
 */
import { App, Col, Form, Input, Modal, Radio, Row, Select, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTPUT_KINDS, TASK_KINDS } from '@contract/plan-labels';
import type { PlanDetail } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useFormError } from '@web/lib/use-form-error';
import { useAddTask } from '../api/plans-api';
import { frameworkLabel, sectionOptions } from './plan-pickers';
import { LeadModeFields } from './lead-mode-fields';
import { LEAD_MODES, nodeLinkKey, toNewTask, type AddTaskValues } from './task-input';

const FIELDS = [
  'content',
  'sectionId',
  'kind',
  'area',
  'timeframeText',
  'leadOrganisationId',
  'leadGroup',
  'leadSuggestion',
  'nodeLinks',
  'outputKind',
  'outputDescription',
];

export function AddTaskModal({
  plan,
  defaultSectionId,
  onClose,
}: {
  plan: Pick<PlanDetail, 'id' | 'year' | 'content' | 'frameworks'>;
  defaultSectionId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddTaskValues>();
  const add = useAddTask(plan.id);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);

  const submit = (values: AddTaskValues) => {
    clearError();
    add.mutate(toNewTask(values), {
      onSuccess: () => {
        void message.success(t('planScreens.tasks.added'));
        onClose();
      },
      onError: reportError,
    });
  };

  // Criteria grouped by index: only the nodes can be picked.
  const criteria = plan.frameworks.map((framework) => ({
    value: `framework:${framework.id}`,
    title: frameworkLabel(framework),
    selectable: false,
    checkable: false,
    children: framework.nodes.map((node) => ({
      value: nodeLinkKey(framework.id, node.code),
      title: `${node.code} ${node.name}`,
    })),
  }));

  return (
    <Modal
      open
      width={760}
      title={t('planScreens.tasks.addTitle')}
      okText={t('common.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      okButtonProps={{ ...{ 'data-testid': 'task-add-save' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<AddTaskValues>
        form={form}
        layout="vertical"
        data-testid="task-add-form"
        initialValues={{
          sectionId: defaultSectionId ?? undefined,
          kind: 'assignment',
          leadMode: 'unit',
          leadOrganisationType: 'commune',
          outputKind: 'not_stated',
        }}
        onFinish={submit}
      >
        <Form.Item
          name="content"
          label={t('planScreens.tasks.content')}
          rules={[
            { required: true, whitespace: true, message: t('planScreens.tasks.contentRequired') },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="task-add-content" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={16}>
            <Form.Item name="sectionId" label={t('planScreens.tasks.section')}>
              <Select
                allowClear
                data-testid="task-add-section"
                placeholder={t('planScreens.tasks.generalSection')}
                options={sectionOptions(plan.content.sections)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('planScreens.tasks.kind')}>
              <Radio.Group
                data-testid="task-add-kind"
                optionType="button"
                options={TASK_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`planScreens.taskKind.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="leadMode" label={t('planScreens.tasks.leadMode')}>
          <Select
            data-testid="task-add-lead-mode"
            options={LEAD_MODES.map((mode) => ({
              value: mode,
              label: t(`planScreens.tasks.leadModes.${mode}`),
            }))}
          />
        </Form.Item>
        <LeadModeFields year={plan.year} />
        <Form.Item name="coordinatingOrganisationIds" label={t('planScreens.tasks.coordinating')}>
          <OrganisationTreeSelect multiple validInYear={plan.year} />
        </Form.Item>
        <Form.Item
          name="nodeLinks"
          label={t('planScreens.tasks.nodeLinks')}
          extra={t('planScreens.tasks.nodeLinksHint')}
        >
          <TreeSelect
            multiple
            allowClear
            showSearch
            treeNodeFilterProp="title"
            data-testid="task-add-node-links"
            treeData={criteria}
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item
              name="timeframeText"
              label={t('planScreens.tasks.timeframe')}
              extra={t('planScreens.tasks.timeframeHint')}
            >
              <Input maxLength={1000} placeholder="Quý II/2025" data-testid="task-add-timeframe" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="area" label={t('planScreens.tasks.area')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="outputKind" label={t('planScreens.tasks.output')}>
              <Select
                data-testid="task-add-output"
                options={OUTPUT_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`planScreens.outputKind.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="outputDescription" label={t('planScreens.tasks.outputDescription')}>
              <Input maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
