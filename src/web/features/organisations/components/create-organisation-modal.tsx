/** Thêm đơn vị trực thuộc: a new unit under the selected one. */
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation, OrganisationDetail } from '@contract/organisations';
import { ErrorAlert } from '@web/components/error-alert';
import { toIsoDate, today } from '@web/lib/dates';
import { useFormError } from '@web/lib/use-form-error';
import { useCreateOrganisation } from '../api/organisations-api';
import {
  ORGANISATION_FORM_FIELDS,
  OrganisationFormFields,
  type OrganisationFormValues,
} from './organisation-form-fields';

interface CreateOrganisationModalProps {
  parent: OrganisationDetail;
  onClose: () => void;
  onCreated: (organisation: Organisation) => void;
}

export function CreateOrganisationModal({
  parent,
  onClose,
  onCreated,
}: CreateOrganisationModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganisationFormValues>();
  const create = useCreateOrganisation();
  const { bannerError, clearError, reportError } = useFormError(form, ORGANISATION_FORM_FIELDS);

  const submit = (values: OrganisationFormValues) => {
    clearError();
    if (!values.type) return;
    create.mutate(
      {
        parentId: parent.id,
        code: values.code.trim(),
        name: values.name.trim(),
        type: values.type,
        validFrom: toIsoDate(values.validFrom),
      },
      {
        onSuccess: (created) => {
          void message.success(t('organisations.created'));
          onCreated(created);
          onClose();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('organisations.addChildTitle', { parent: parent.name })}
      okText={t('common.add')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form<OrganisationFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ validFrom: today() }}
      >
        <OrganisationFormFields variant="create" />
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
