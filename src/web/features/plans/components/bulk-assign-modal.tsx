/** Giao hàng loạt: one lead unit and/or more coordinating units for the selected tasks. */
import { App, Alert, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useFormError } from '@web/lib/use-form-error';
import { useAssignTasks } from '../api/plans-api';

interface BulkAssignValues {
  leadOrganisationId?: string;
  addCoordinatingOrganisationIds?: string[];
}

const FIELDS = ['leadOrganisationId', 'addCoordinatingOrganisationIds'];

export function BulkAssignModal(props: {
  planId: string;
  /** The plan's year: the units of that year are offered. */
  year: number;
  taskIds: string[];
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BulkAssignValues>();
  const assign = useAssignTasks(props.planId);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);

  const submit = (values: BulkAssignValues) => {
    clearError();
    assign.mutate(
      {
        taskIds: props.taskIds,
        leadOrganisationId: values.leadOrganisationId,
        addCoordinatingOrganisationIds: values.addCoordinatingOrganisationIds ?? [],
      },
      {
        onSuccess: ({ updated }) => {
          void message.success(t('planScreens.tasks.bulkDone', { count: updated }));
          props.onDone();
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('planScreens.tasks.bulkTitle')}
      okText={t('planScreens.tasks.bulkAssign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Alert
        type="info"
        style={{ marginBottom: 16 }}
        title={t('planScreens.tasks.selected', { count: props.taskIds.length })}
        description={t('planScreens.tasks.bulkHint')}
      />
      <Form<BulkAssignValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="leadOrganisationId" label={t('planScreens.tasks.bulkLead')}>
          <OrganisationTreeSelect validInYear={props.year} />
        </Form.Item>
        <Form.Item
          name="addCoordinatingOrganisationIds"
          label={t('planScreens.tasks.bulkCoordinating')}
        >
          <OrganisationTreeSelect validInYear={props.year} multiple />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
