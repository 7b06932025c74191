/** Chỉ số của kế hoạch (several indices, e.g. CCHC and PAPI) and the "Phụ lục bảng nhiệm vụ" switch, inside the content form. */
import { Col, Form, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { frameworkLabel, type PickerOption } from './plan-pickers';

export function PlanFrameworksField(props: { options: PickerOption[]; isLoading: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} md={16}>
        <Form.Item
          name="frameworkIds"
          label={t('planScreens.content.frameworks')}
          extra={t('planScreens.content.frameworksHint')}
        >
          <Select
            mode="multiple"
            allowClear
            data-testid="plan-frameworks"
            loading={props.isLoading}
            placeholder={t('planScreens.content.frameworksPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={props.options}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="appendixTable"
          valuePropName="checked"
          label={t('planScreens.content.appendixTable')}
          extra={t('planScreens.content.appendixTableHint')}
        >
          <Switch data-testid="plan-appendix-table" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The frameworks a plan may link: the tenant's of the plan's years, and those it already links. */
export function mergeFrameworkOptions(
  listed: readonly { id: string; name: string; year: number }[],
  linked: readonly { id: string; name: string; year: number }[],
): PickerOption[] {
  const byId = new Map<string, PickerOption>();
  for (const framework of [...linked, ...listed]) {
    byId.set(framework.id, { value: framework.id, label: frameworkLabel(framework) });
  }
  return [...byId.values()];
}
