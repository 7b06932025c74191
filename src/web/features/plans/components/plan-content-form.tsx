/**
 * Nội dung kế hoạch: header, the plan's indices and appendix switch, basis, purpose, targets,
 * implementation, recipients, signature; saved with If-Match (PATCH without `sections`: the tree is
 * saved by the section tree editor), read-only unless a draft the user manages.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SIGNATURE_MODES } from '@contract/plan-labels';
import type { PlanDetail } from '@contract/plans';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useFormError } from '@web/lib/use-form-error';
import { planKeys, usePlanFrameworkOptions, useUpdatePlan } from '../api/plans-api';
import { BasisList, TargetList, type TargetChoices } from './plan-content-lists';
import {
  toContentFormValues,
  toContentPatch,
  type PlanContentFormValues,
} from './plan-content-values';
import { mergeFrameworkOptions, PlanFrameworksField } from './plan-frameworks-field';
import { sectionOptions } from './plan-pickers';

const FIELDS = [
  'parentBody',
  'issuingBody',
  'symbol',
  'place',
  'year',
  'title',
  'preamble',
  'basis',
  'purpose',
  'requirements',
  'frameworkIds',
  'appendixTable',
  'targets',
  'implementation',
  'reportingDuties',
  'recipients',
  'signature',
];

// No maxLength: a plan's prose fields have no cap a real plan reaches (the contract bounds them).
const longText = { autoSize: { minRows: 3 } } as const;

export function PlanContentForm({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PlanContentFormValues>();
  const update = useUpdatePlan(plan.id);
  const { bannerError, clearError, reportError } = useFormError(form, FIELDS);
  const [hasConflict, setHasConflict] = useState(false);
  const [isReloading, setIsReloading] = useState(false);
  const isReadOnly = !plan.abilities.canEdit;
  const frameworkList = usePlanFrameworkOptions(plan.year, !isReadOnly);
  const frameworkOptions = useMemo(
    () => mergeFrameworkOptions(frameworkList.data ?? [], plan.frameworks),
    [frameworkList.data, plan.frameworks],
  );
  const pickedIds = Form.useWatch('frameworkIds', form) ?? plan.content.frameworkIds;
  const choices: TargetChoices = {
    frameworks: frameworkOptions.filter((option) => pickedIds.includes(option.value)),
    planFrameworks: plan.frameworks,
    sections: sectionOptions(plan.content.sections),
  };

  const submit = (values: PlanContentFormValues) => {
    clearError();
    update.mutate(
      { version: plan.version, body: toContentPatch(values) },
      {
        onSuccess: (saved) => {
          form.setFieldsValue(toContentFormValues(saved.content));
          void message.success(t('planScreens.content.saved'));
        },
        onError: (error) => (isApiError(error, 412) ? setHasConflict(true) : reportError(error)),
      },
    );
  };

  const reload = async () => {
    setIsReloading(true);
    await queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
    const fresh = queryClient.getQueryData<PlanDetail>(planKeys.detail(plan.id));
    if (fresh) form.setFieldsValue(toContentFormValues(fresh.content));
    setIsReloading(false);
    setHasConflict(false);
  };

  const text = (name: keyof PlanContentFormValues, maxLength = 500) => (
    <Form.Item name={name} label={t(`planScreens.content.${name as 'title'}`)}>
      <Input maxLength={maxLength} />
    </Form.Item>
  );

  return (
    <Form<PlanContentFormValues>
      form={form}
      layout="vertical"
      disabled={isReadOnly}
      initialValues={toContentFormValues(plan.content)}
      onFinish={submit}
      data-testid="plan-content-form"
    >
      {isReadOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('planScreens.content.readOnly')}
        />
      )}
      <Card size="small" title={t('planScreens.content.header')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>
            {text('parentBody', 200)}
          </Col>
          <Col xs={24} md={12}>
            {text('issuingBody', 200)}
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="symbol"
              label={t('planScreens.content.symbol')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            {text('place', 100)}
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="year"
              label={t('planScreens.content.year')}
              rules={[{ required: true }]}
            >
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t('planScreens.content.title')}>
              <Input.TextArea autoSize maxLength={1000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="preamble" label={t('planScreens.content.preamble')}>
              <Input.TextArea {...longText} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Divider titlePlacement="start">{t('planScreens.content.frameworks')}</Divider>
      <PlanFrameworksField options={frameworkOptions} isLoading={frameworkList.isLoading} />
      <Divider titlePlacement="start">{t('planScreens.content.basis')}</Divider>
      <BasisList disabled={isReadOnly} />
      <Divider titlePlacement="start">{t('planScreens.content.purpose')}</Divider>
      <Form.Item name="purpose" label={t('planScreens.content.purpose')}>
        <Input.TextArea {...longText} />
      </Form.Item>
      <Form.Item name="requirements" label={t('planScreens.content.requirements')}>
        <Input.TextArea {...longText} />
      </Form.Item>
      <Divider titlePlacement="start">{t('planScreens.content.targets')}</Divider>
      <TargetList disabled={isReadOnly} choices={choices} />
      <Divider titlePlacement="start">{t('planScreens.content.implementation')}</Divider>
      <Form.Item name="implementation" label={t('planScreens.content.implementation')}>
        <Input.TextArea {...longText} />
      </Form.Item>
      <Form.Item name="reportingDuties" label={t('planScreens.content.reportingDuties')}>
        <Input.TextArea {...longText} />
      </Form.Item>
      <Form.Item name="recipientsText" label={t('planScreens.content.recipients')}>
        <Input.TextArea autoSize={{ minRows: 3 }} />
      </Form.Item>
      <Card size="small" title={t('planScreens.content.signature')}>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name={['signature', 'mode']} label={t('planScreens.content.signatureMode')}>
              <Select
                options={SIGNATURE_MODES.map((mode) => ({
                  value: mode,
                  label: t(`planScreens.content.signatureModes.${mode}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name={['signature', 'authority']} label={t('planScreens.content.authority')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['signature', 'signerTitle']}
              label={t('planScreens.content.signerTitle')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['signature', 'signerName']}
              label={t('planScreens.content.signerName')}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {hasConflict && (
        <div style={{ marginTop: 16 }}>
          <VersionConflictAlert
            title={t('planScreens.conflict')}
            hint={t('planScreens.conflictHint')}
            isReloading={isReloading}
            onReload={() => void reload()}
          />
        </div>
      )}
      {bannerError !== null && <ErrorAlert error={bannerError} />}
      {!isReadOnly && (
        <Button
          type="primary"
          htmlType="submit"
          data-testid="plan-content-save"
          loading={update.isPending}
          disabled={hasConflict}
          style={{ marginTop: 16 }}
        >
          {t('planScreens.content.save')}
        </Button>
      )}
    </Form>
  );
}
