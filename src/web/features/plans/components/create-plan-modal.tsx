/** Tạo kế hoạch: unit, year, title and optionally the issued parent plan it carries out; opens the new draft. */
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useFormError } from '@web/lib/use-form-error';
import { useCreatePlan, usePlanList } from '../api/plans-api';

interface CreatePlanValues {
  organisationId: string;
  year: number;
  title: string;
  implementsPlanId?: string;
}

const FIELDS = ['organisationId', 'year', 'title', 'implementsPlanId'];

export function CreatePlanModal(props: { defaultOrganisationId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreatePlanValues>();
  const create = useCreatePlan();
  const issuedPlans = usePlanList({ status: 'issued' });
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const year = Form.useWatch('year', form);

  const submit = (values: CreatePlanValues) => {
    clearError();
    create.mutate(
      {
        organisationId: values.organisationId,
        year: values.year,
        title: values.title.trim(),
        implementsPlanId: values.implementsPlanId ?? null,
      },
      {
        onSuccess: (plan) => {
          void message.success(t('planScreens.created'));
          props.onClose();
          void navigate(`/plans/${plan.id}`);
        },
        onError: reportError,
      },
    );
  };

  return (
    <Modal
      open
      title={t('planScreens.createTitle')}
      okText={t('planScreens.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
    >
      <Form<CreatePlanValues>
        form={form}
        layout="vertical"
        initialValues={{
          organisationId: props.defaultOrganisationId,
          year: new Date().getFullYear(),
        }}
        onFinish={submit}
      >
        <Form.Item
          name="organisationId"
          label={t('planScreens.unit')}
          rules={[{ required: true, message: t('planScreens.unitRequired') }]}
        >
          <OrganisationTreeSelect validInYear={year ?? undefined} />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('planScreens.year')}
          rules={[{ required: true, message: t('planScreens.yearRequired') }]}
        >
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('planScreens.title')}
          rules={[{ required: true, whitespace: true, message: t('planScreens.titleRequired') }]}
        >
          <Input.TextArea
            autoSize
            maxLength={1000}
            placeholder={t('planScreens.titlePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="implementsPlanId"
          label={t('planScreens.implements')}
          extra={t('planScreens.implementsHint')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={issuedPlans.isPending}
            options={(issuedPlans.data ?? []).map((plan) => ({
              value: plan.id,
              label: `${plan.documentNumber} — ${plan.organisation.name}: ${plan.title}`,
            }))}
          />
        </Form.Item>
      </Form>
      {bannerError !== null && <ErrorAlert error={bannerError} />}
    </Modal>
  );
}
