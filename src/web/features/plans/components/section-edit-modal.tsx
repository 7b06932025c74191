/** Thêm / sửa một mục: heading, numbering style, body (no length cap), index and criterion among the plan's. */
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { NUMBERING_STYLES, NUMBERING_STYLE_LABELS } from '@contract/plan-labels';
import { frameworkLabel, nodeOptions, type PlanFramework } from './plan-pickers';
import type { Section } from './section-tree-edit';

type SectionValues = Pick<Section, 'heading' | 'numbering' | 'body' | 'frameworkId' | 'nodeCode'>;

export function SectionEditModal(props: {
  section: Section;
  isNew: boolean;
  frameworks: PlanFramework[];
  /** The index the section takes from its parents when it names none. */
  inheritedFrameworkId: string | null;
  isSaving: boolean;
  onSave: (section: Section) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SectionValues>();
  const frameworkId = Form.useWatch('frameworkId', form) ?? null;
  const effective = frameworkId ?? props.inheritedFrameworkId;
  const nodes = nodeOptions(props.frameworks.find((framework) => framework.id === effective));

  const submit = (values: SectionValues) =>
    props.onSave({
      ...props.section,
      heading: values.heading.trim(),
      numbering: values.numbering,
      body: values.body ?? '',
      frameworkId: values.frameworkId ?? null,
      nodeCode: effective === null ? null : (values.nodeCode ?? null),
    });

  return (
    <Modal
      open
      width={720}
      title={t(props.isNew ? 'planScreens.outline.newTitle' : 'planScreens.outline.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={props.isSaving}
      okButtonProps={{ ...{ 'data-testid': 'section-save' } }}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form<SectionValues>
        form={form}
        layout="vertical"
        data-testid="section-form"
        initialValues={props.section}
        onFinish={submit}
        onValuesChange={(changed: Partial<SectionValues>) => {
          // Another index has other criteria: the picked one no longer applies.
          if ('frameworkId' in changed) form.setFieldValue('nodeCode', null);
        }}
      >
        <Form.Item
          name="numbering"
          label={t('planScreens.outline.numbering')}
          style={{ maxWidth: 280 }}
        >
          <Select
            data-testid="section-numbering"
            options={NUMBERING_STYLES.map((style) => ({
              value: style,
              label: NUMBERING_STYLE_LABELS[style],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="heading"
          label={t('planScreens.outline.heading')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('planScreens.outline.headingRequired'),
            },
          ]}
        >
          <Input.TextArea autoSize maxLength={2000} data-testid="section-heading" />
        </Form.Item>
        <Form.Item name="body" label={t('planScreens.outline.body')}>
          {/* No maxLength: a section may hold pages of prose. */}
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 20 }} data-testid="section-body" />
        </Form.Item>
        <Form.Item
          name="frameworkId"
          label={t('planScreens.outline.framework')}
          extra={t('planScreens.outline.frameworkHint')}
        >
          <Select
            allowClear
            data-testid="section-framework"
            placeholder={t('planScreens.outline.frameworkInherited')}
            options={props.frameworks.map((framework) => ({
              value: framework.id,
              label: frameworkLabel(framework),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="nodeCode"
          label={t('planScreens.outline.node')}
          extra={effective === null ? t('planScreens.outline.nodeHint') : undefined}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={effective === null}
            data-testid="section-node"
            options={nodes}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
