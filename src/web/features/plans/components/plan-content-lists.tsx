/** The repeated parts of the content form: căn cứ, and chỉ tiêu by kind (with the printed sentence as preview). */
import { Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { TARGET_KINDS, TARGET_KIND_LABELS, formatTargetText } from '@contract/plan-labels';
import { DATE_INPUT_FORMAT } from '@web/lib/dates';
import { blankTarget, normaliseTarget, type PlanTargetValue } from './plan-content-values';
import { nodeOptions, type PickerOption, type PlanFramework } from './plan-pickers';
import { TargetKindFields } from './target-kind-fields';

export function RemoveButton({ onClick, disabled }: { onClick: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  if (disabled) return null;
  return (
    <Button size="small" danger icon={<DeleteOutlined />} onClick={onClick}>
      {t('planScreens.content.remove')}
    </Button>
  );
}

export function BasisList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="basis">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Card size="small" key={field.key}>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={[field.name, 'number']}
                    label={t('planScreens.content.basisNumber')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'date']} label={t('planScreens.content.basisDate')}>
                    <DatePicker format={DATE_INPUT_FORMAT} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name={[field.name, 'issuer']}
                    label={t('planScreens.content.basisIssuer')}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3} style={{ alignSelf: 'center' }}>
                  <RemoveButton disabled={disabled} onClick={() => remove(field.name)} />
                </Col>
                <Col span={24}>
                  <Form.Item
                    name={[field.name, 'summary']}
                    label={t('planScreens.content.basisSummary')}
                  >
                    <Input.TextArea autoSize maxLength={2000} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add({ number: '', date: null, issuer: '', summary: '' })}
            >
              {t('planScreens.content.addBasis')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

function TargetPreview({ name }: { name: number }) {
  const target = Form.useWatch<PlanTargetValue | undefined>(['targets', name]);
  if (!target?.id || !target.metric?.trim()) return null;
  return (
    <Typography.Text type="secondary" data-testid="target-preview">
      {formatTargetText(normaliseTarget(target))}
    </Typography.Text>
  );
}

/** What a target may point at: the plan's linked indices (with their criteria) and its sections. */
export interface TargetChoices {
  /** Chỉ số của kế hoạch as currently picked in the form. */
  frameworks: PickerOption[];
  /** The linked frameworks as saved, with their nodes (criteria of a newly picked index appear once saved). */
  planFrameworks: PlanFramework[];
  sections: PickerOption[];
}

function TargetScope({ name, choices }: { name: number; choices: TargetChoices }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const frameworkId = Form.useWatch<string | null | undefined>(['targets', name, 'frameworkId']);
  const framework = choices.planFrameworks.find((candidate) => candidate.id === frameworkId);
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'frameworkId']} label={t('planScreens.content.targetFramework')}>
          <Select
            allowClear
            data-testid="target-framework"
            placeholder={t('planScreens.content.targetManual')}
            options={choices.frameworks}
            onChange={() => form.setFieldValue(['targets', name, 'nodeCode'], null)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'nodeCode']} label={t('planScreens.content.targetNode')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!frameworkId}
            data-testid="target-node"
            placeholder={t('planScreens.content.targetWholeIndex')}
            options={nodeOptions(framework)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'sectionId']} label={t('planScreens.content.targetSection')}>
          <Select
            allowClear
            data-testid="target-section"
            placeholder={t('planScreens.content.targetGeneral')}
            options={choices.sections}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function TargetList({ disabled, choices }: { disabled: boolean; choices: TargetChoices }) {
  const { t } = useTranslation();
  return (
    <Form.List name="targets">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8} data-testid="target-list">
          {fields.map((field) => (
            <Card size="small" key={field.key} data-testid="target-item">
              <Form.Item name={[field.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Row gutter={12} align="bottom">
                <Col xs={24} md={7}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('planScreens.content.targetKind')}
                  >
                    <Select
                      data-testid="target-kind"
                      options={TARGET_KINDS.map((kind) => ({
                        value: kind,
                        label: TARGET_KIND_LABELS[kind],
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={14}>
                  <Form.Item
                    name={[field.name, 'metric']}
                    label={t('planScreens.content.targetMetric')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={2000} data-testid="target-metric" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item>
                    <RemoveButton disabled={disabled} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
              <TargetKindFields name={field.name} />
              <TargetScope name={field.name} choices={choices} />
              <TargetPreview name={field.name} />
            </Card>
          ))}
          {/* The server's refusals of a target (index not linked, node unknown…) land here. */}
          <Form.ErrorList errors={errors} />
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              data-testid="target-add"
              onClick={() => add(blankTarget(crypto.randomUUID()))}
            >
              {t('planScreens.content.addTarget')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
