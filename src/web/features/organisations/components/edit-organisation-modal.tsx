/** Sửa đơn vị: saves only what changed, guarded by the version read (412 → reload and retry). */
import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EndpointBody } from '@contract/endpoint';
import type { OrganisationDetail, updateOrganisation } from '@contract/organisations';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { fromIsoDate, toIsoDate } from '@web/lib/dates';
import { useFormError } from '@web/lib/use-form-error';
import { useOrganisationDetail, useUpdateOrganisation } from '../api/organisations-api';
import {
  ORGANISATION_FORM_FIELDS,
  OrganisationFormFields,
  type OrganisationFormValues,
} from './organisation-form-fields';

function toFormValues(organisation: OrganisationDetail): OrganisationFormValues {
  return {
    code: organisation.code,
    name: organisation.name,
    parentId: organisation.parentId ?? undefined,
    validFrom: fromIsoDate(organisation.validFrom),
  };
}

function listChanges(
  organisation: OrganisationDetail,
  values: OrganisationFormValues,
): EndpointBody<typeof updateOrganisation> {
  const changes: EndpointBody<typeof updateOrganisation> = {};
  if (values.code.trim() !== organisation.code) changes.code = values.code.trim();
  if (values.name.trim() !== organisation.name) changes.name = values.name.trim();
  if (values.parentId && values.parentId !== organisation.parentId)
    changes.parentId = values.parentId;
  const validFrom = toIsoDate(values.validFrom);
  if (validFrom !== organisation.validFrom) changes.validFrom = validFrom;
  return changes;
}

export function EditOrganisationModal({
  organisationId,
  onClose,
}: {
  organisationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganisationFormValues>();
  const { data: organisation, refetch, isFetching } = useOrganisationDetail(organisationId);
  const update = useUpdateOrganisation();
  const { bannerError, clearError, reportError } = useFormError(form, ORGANISATION_FORM_FIELDS);
  const [hasConflict, setHasConflict] = useState(false);

  if (!organisation) return null;

  const submit = (values: OrganisationFormValues) => {
    clearError();
    const changes = listChanges(organisation, values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { id: organisation.id, version: organisation.version, changes },
      {
        onSuccess: () => {
          void message.success(t('organisations.updated'));
          onClose();
        },
        onError: (error) => (isApiError(error, 412) ? setHasConflict(true) : reportError(error)),
      },
    );
  };

  const reload = async () => {
    const { data: fresh } = await refetch();
    if (fresh) form.setFieldsValue(toFormValues(fresh));
    setHasConflict(false);
  };

  return (
    <Modal
      open
      title={t('organisations.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: hasConflict }}
      confirmLoading={update.isPending}
    >
      <Form<OrganisationFormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={toFormValues(organisation)}
      >
        <OrganisationFormFields
          variant="edit"
          organisationId={organisation.id}
          isRoot={organisation.parentId === null}
        />
      </Form>
      {hasConflict && (
        <VersionConflictAlert
          title={t('organisations.conflict')}
          hint={t('organisations.conflictHint')}
          isReloading={isFetching}
          onReload={() => void reload()}
        />
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
