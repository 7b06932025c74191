/** The fields of the create and edit forms: mã, tên, loại (create) or cấp trên (edit), hiệu lực từ. */
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { ORGANISATION_TYPE_VALUES, type OrganisationTypeValue } from '@web/lib/contract-values';
import { DATE_INPUT_FORMAT } from '@web/lib/dates';

/** What the organisation forms hold; dates as dayjs for the picker. */
export interface OrganisationFormValues {
  code: string;
  name: string;
  type?: OrganisationTypeValue;
  parentId?: string;
  validFrom: Dayjs;
}

/** Form field names, to place the API's field errors. */
export const ORGANISATION_FORM_FIELDS = ['code', 'name', 'type', 'parentId', 'validFrom'];

interface OrganisationFormFieldsProps {
  /** Create asks for the kind; edit may move the unit under another parent. */
  variant: 'create' | 'edit';
  /** The unit being edited, which cannot become its own parent. */
  organisationId?: string;
  /** A root unit (the province) has no parent to change. */
  isRoot?: boolean;
}

export function OrganisationFormFields({
  variant,
  organisationId,
  isRoot,
}: OrganisationFormFieldsProps) {
  const { t } = useTranslation();
  const required = { required: true, message: t('organisations.required') };
  return (
    <>
      <Form.Item
        name="code"
        label={t('organisations.code')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={50} data-testid="org-form-code" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('organisations.name')}
        rules={[{ ...required, whitespace: true }]}
      >
        <Input maxLength={255} data-testid="org-form-name" />
      </Form.Item>
      {variant === 'create' ? (
        <Form.Item name="type" label={t('organisations.type')} rules={[required]}>
          <Select
            data-testid="org-form-type"
            options={ORGANISATION_TYPE_VALUES.map((type) => ({
              value: type,
              label: t(`organisationType.${type}`),
            }))}
          />
        </Form.Item>
      ) : (
        !isRoot && (
          <Form.Item name="parentId" label={t('organisations.parent')} rules={[required]}>
            <OrganisationTreeSelect excludeId={organisationId} allowClear={false} />
          </Form.Item>
        )
      )}
      <Form.Item name="validFrom" label={t('organisations.validFrom')} rules={[required]}>
        <DatePicker format={DATE_INPUT_FORMAT} data-testid="org-form-valid-from" />
      </Form.Item>
    </>
  );
}
