/** Thêm / sửa tiêu chí: code, parent (moving the node), name, points, method, the rule and its parameters. */
import { Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FrameworkNodeDto } from '@contract/frameworks';
import { KPI_KEY_OPTIONS, SCORING_RULE_TYPES } from '@contract/framework-rules';
import { ORGANISATION_TYPE_VALUES } from '@web/lib/contract-values';
import { listParentCandidates } from './node-edits';
import { toNodeFormValues, toNodeFromForm, type NodeFormValues } from './node-form-values';

const METHODS = ['appraised', 'survey'] as const;

interface NodeEditorModalProps {
  /** The node as it stands (edit) or the blank new node with its parent and suggested code (add). */
  node: FrameworkNodeDto;
  isNew: boolean;
  nodes: readonly FrameworkNodeDto[];
  onClose: () => void;
  onSubmit: (node: FrameworkNodeDto) => void;
}

export function NodeEditorModal({ node, isNew, nodes, onClose, onSubmit }: NodeEditorModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NodeFormValues>();
  const ruleType = Form.useWatch('ruleType', form);
  const takenCodes = new Set(
    nodes.map((each) => each.code).filter((code) => isNew || code !== node.code),
  );
  const parentOptions = listParentCandidates(nodes, isNew ? null : node.code);

  return (
    <Modal
      open
      width={720}
      title={
        isNew
          ? t('frameworkScreens.editor.addTitle')
          : t('frameworkScreens.editor.editTitle', { code: node.code })
      }
      okText={isNew ? t('common.add') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form<NodeFormValues>
        form={form}
        layout="vertical"
        initialValues={toNodeFormValues(node)}
        onFinish={(values) => {
          onSubmit(toNodeFromForm(values, isNew ? undefined : node));
          onClose();
        }}
      >
        <Flex gap={16}>
          <Form.Item
            name="code"
            label={t('frameworkScreens.editor.code')}
            style={{ width: 160 }}
            rules={[
              { required: true, whitespace: true, message: t('frameworkScreens.editor.required') },
              {
                validator: (_, value: string | undefined) =>
                  value && takenCodes.has(value.trim())
                    ? Promise.reject(new Error(t('frameworkScreens.editor.codeTaken')))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input maxLength={50} data-testid="node-code" />
          </Form.Item>
          <Form.Item
            name="parentCode"
            label={t('frameworkScreens.editor.parentCode')}
            style={{ flex: 1 }}
          >
            <Select<string | null>
              showSearch
              options={[
                { value: null, label: t('frameworkScreens.editor.noParent') },
                ...parentOptions.map((code) => ({ value: code, label: code })),
              ]}
            />
          </Form.Item>
          <Form.Item
            name="maxPoints"
            label={t('frameworkScreens.editor.maxPoints')}
            rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
          >
            <InputNumber min={0} step={0.25} decimalSeparator="," data-testid="node-max-points" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label={t('frameworkScreens.editor.name')}
          rules={[
            { required: true, whitespace: true, message: t('frameworkScreens.editor.required') },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            data-testid="node-name"
          />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="method" label={t('frameworkScreens.editor.method')} style={{ flex: 1 }}>
            <Select
              allowClear
              options={METHODS.map((value) => ({
                value,
                label: t(`frameworkScreens.method.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="ruleType"
            label={t('frameworkScreens.editor.ruleType')}
            style={{ flex: 1 }}
          >
            <Select
              allowClear
              placeholder={t('frameworkScreens.editor.noRule')}
              data-testid="node-rule-type"
              options={SCORING_RULE_TYPES.map((value) => ({
                value,
                label: t(`frameworkScreens.ruleType.${value}`),
              }))}
            />
          </Form.Item>
        </Flex>
        {ruleType === 'ratio_threshold' && (
          <Form.Item
            name="threshold"
            label={t('frameworkScreens.editor.threshold')}
            rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
          >
            <InputNumber min={0} max={100} decimalSeparator="," />
          </Form.Item>
        )}
        {ruleType === 'deduction' && (
          <Form.Item
            name="pointsPerEvent"
            label={t('frameworkScreens.editor.pointsPerEvent')}
            rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
          >
            <InputNumber min={0} step={0.25} decimalSeparator="," />
          </Form.Item>
        )}
        {ruleType === 'bonus' && (
          <Form.Item
            name="maxBonus"
            label={t('frameworkScreens.editor.maxBonus')}
            rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
          >
            <InputNumber min={0} step={0.25} decimalSeparator="," />
          </Form.Item>
        )}
        {ruleType === 'tiered' && (
          <Form.Item label={t('frameworkScreens.editor.tiers')}>
            <Form.List name="tiers">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field) => (
                    <Space key={field.key} align="start">
                      <Form.Item
                        name={[field.name, 'label']}
                        noStyle
                        rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
                      >
                        <Input
                          placeholder={t('frameworkScreens.editor.tierLabel')}
                          maxLength={200}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'points']}
                        noStyle
                        rules={[{ required: true, message: t('frameworkScreens.editor.required') }]}
                      >
                        <InputNumber
                          min={0}
                          step={0.25}
                          decimalSeparator=","
                          placeholder={t('frameworkScreens.editor.tierPoints')}
                        />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('frameworkScreens.editor.deleteNode')}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ label: '', points: null })}>
                    {t('frameworkScreens.editor.addTier')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </Form.Item>
        )}
        {(ruleType === 'ratio' || ruleType === 'ratio_threshold') && (
          <Form.Item name="kpiKey" label={t('frameworkScreens.editor.kpiKey')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('frameworkScreens.editor.kpiKeyPlaceholder')}
              data-testid="node-kpi-key"
              options={KPI_KEY_OPTIONS.map(({ key, label }) => ({
                value: key,
                label: `${label} (${key})`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="evidence" label={t('frameworkScreens.editor.evidence')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="defaultLeadUnit" label={t('frameworkScreens.editor.leadUnit')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="exemptUnitTypes" label={t('frameworkScreens.editor.exemptUnitTypes')}>
          <Select
            mode="multiple"
            allowClear
            options={ORGANISATION_TYPE_VALUES.map((value) => ({
              value,
              label: t(`organisationType.${value}`),
            }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="isBonus" valuePropName="checked" noStyle>
            <Checkbox>{t('frameworkScreens.editor.isBonus')}</Checkbox>
          </Form.Item>
          <Form.Item name="childrenMaxMayDiffer" valuePropName="checked" noStyle>
            <Checkbox>{t('frameworkScreens.editor.childrenMaxMayDiffer')}</Checkbox>
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
