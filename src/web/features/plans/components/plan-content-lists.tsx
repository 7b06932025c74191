/** The repeated parts of the content form: căn cứ, chỉ tiêu (with the printed sentence as preview) and mục nội dung. */
import {
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  TARGET_COMPARATORS,
  TARGET_COMPARATOR_SYMBOLS,
  formatTargetText,
} from '@contract/plan-labels';
import type { PlanContentDto } from '@contract/plans';
import { DATE_INPUT_FORMAT } from '@web/lib/dates';

type Target = PlanContentDto['targets'][number];

function RemoveButton({ onClick, disabled }: { onClick: () => void; disabled: boolean }) {
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
  const target = Form.useWatch<Target | undefined>(['targets', name]);
  if (!target?.metric || target.value === null || target.value === undefined) return null;
  return (
    <Typography.Text type="secondary" data-testid="target-preview">
      {formatTargetText({ ...target, unit: target.unit ?? '' })}
    </Typography.Text>
  );
}

export function TargetList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Card size="small" key={field.key}>
              <Row gutter={12} align="bottom">
                <Col xs={24} md={9}>
                  <Form.Item
                    name={[field.name, 'metric']}
                    label={t('planScreens.content.targetMetric')}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item
                    name={[field.name, 'comparator']}
                    label={t('planScreens.content.targetComparator')}
                  >
                    <Select
                      options={TARGET_COMPARATORS.map((comparator) => ({
                        value: comparator,
                        label: TARGET_COMPARATOR_SYMBOLS[comparator],
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item
                    name={[field.name, 'value']}
                    label={t('planScreens.content.targetValue')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber decimalSeparator="," style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item
                    name={[field.name, 'unit']}
                    label={t('planScreens.content.targetUnit')}
                  >
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={3}>
                  <Form.Item>
                    <RemoveButton disabled={disabled} onClick={() => remove(field.name)} />
                  </Form.Item>
                </Col>
              </Row>
              <TargetPreview name={field.name} />
            </Card>
          ))}
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add({ metric: '', comparator: 'gte', value: 100, unit: '%' })}
            >
              {t('planScreens.content.addTarget')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

export function SectionList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="sections">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <Card
              size="small"
              key={field.key}
              extra={<RemoveButton disabled={disabled} onClick={() => remove(field.name)} />}
              title={
                <Form.Item
                  name={[field.name, 'heading']}
                  style={{ margin: 0 }}
                  aria-label={t('planScreens.content.sectionHeading')}
                >
                  <Input
                    variant="borderless"
                    placeholder={t('planScreens.content.sectionHeading')}
                    maxLength={500}
                  />
                </Form.Item>
              }
            >
              <Form.Item name={[field.name, 'body']} style={{ margin: 0 }}>
                <Input.TextArea
                  autoSize={{ minRows: 3 }}
                  aria-label={t('planScreens.content.sectionBody')}
                  maxLength={20000}
                />
              </Form.Item>
            </Card>
          ))}
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add({ heading: '', body: '' })}
            >
              {t('planScreens.content.addSection')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
