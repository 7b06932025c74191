/** The add-task dialog's lead fields for the chosen mode: one unit, several, every unit of a kind under a unit, the lead in words, or none. */
import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { ORGANISATION_TYPE_VALUES } from '@web/lib/contract-values';
import type { LeadMode } from './task-input';

export function LeadModeFields({ year }: { year: number }) {
  const { t } = useTranslation();
  const mode = Form.useWatch<LeadMode | undefined>('leadMode') ?? 'unit';
  switch (mode) {
    case 'unit':
      return (
        <Form.Item
          name="leadOrganisationId"
          label={t('planScreens.tasks.leadUnit')}
          rules={[{ required: true, message: t('planScreens.tasks.leadUnitRequired') }]}
        >
          <OrganisationTreeSelect validInYear={year} data-testid="task-add-lead-unit" />
        </Form.Item>
      );
    case 'units':
      return (
        <Form.Item
          name="leadOrganisationIds"
          label={t('planScreens.tasks.leadUnits')}
          extra={t('planScreens.tasks.leadGroupPreview')}
          rules={[
            {
              required: true,
              type: 'array',
              min: 2,
              message: t('planScreens.tasks.leadUnitsRequired'),
            },
          ]}
        >
          <OrganisationTreeSelect multiple validInYear={year} data-testid="task-add-lead-units" />
        </Form.Item>
      );
    case 'units_of_type':
      return (
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="leadOrganisationType" label={t('planScreens.tasks.leadType')}>
              <Select
                data-testid="task-add-lead-type"
                options={ORGANISATION_TYPE_VALUES.map((type) => ({
                  value: type,
                  label: t(`organisationType.${type}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="leadUnderOrganisationId"
              label={t('planScreens.tasks.leadUnder')}
              rules={[{ required: true, message: t('planScreens.tasks.leadUnderRequired') }]}
            >
              <OrganisationTreeSelect validInYear={year} data-testid="task-add-lead-under" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Typography.Text type="secondary">
              {t('planScreens.tasks.leadGroupPreview')}
            </Typography.Text>
          </Col>
        </Row>
      );
    case 'text':
      return (
        <Form.Item
          name="leadSuggestion"
          label={t('planScreens.tasks.leadText')}
          rules={[
            { required: true, whitespace: true, message: t('planScreens.tasks.leadTextRequired') },
          ]}
        >
          <Input maxLength={1000} data-testid="task-add-lead-text" />
        </Form.Item>
      );
    case 'none':
      return null;
  }
}
