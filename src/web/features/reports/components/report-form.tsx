/**
 * Nội dung báo cáo: one card per task, the KPI figures, difficulties and proposals. While the
 * report is editable it saves itself ≈3 s after the last change (If-Match: the version last
 * saved); "Nộp báo cáo" saves what is pending, then submits once (Idempotency-Key). A 412 from any
 * write stops saving and offers a reload instead of overwriting someone else's work.
 */
import { useCallback, useRef, useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviousReportDto, SubmissionDto } from '@contract/reports';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import {
  isRetryable,
  useSaveSubmission,
  useSubmitSubmission,
  type ReportAddress,
} from '../api/reports-api';
import { newIdempotencyKey } from './idempotency-key';
import { KpiValuesSection } from './kpi-values-section';
import { placeReportErrors, type FormFieldPath } from './report-field-errors';
import { toReportFormValues, toSaveBody, type ReportFormValues } from './report-form-values';
import { ReviewActions } from './review-actions';
import { SaveStatus } from './save-status';
import { TaskEntriesSection } from './task-entries-section';
import { useAutosave } from './use-autosave';

interface ReportFormProps {
  address: ReportAddress;
  submission: SubmissionDto;
  isReloading: boolean;
  onReload: () => void;
}

export function ReportForm({ address, submission, isReloading, onReload }: ReportFormProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { canEdit } = submission.abilities;
  const [form] = Form.useForm<ReportFormValues>();
  // Server error paths are computed at run time, so they are set through the untyped instance.
  const fieldsForm: FormInstance = form;
  // The form starts from the report as loaded; later server copies never reset what is typed.
  const [initialValues] = useState(() => toReportFormValues(submission));
  const version = useRef(submission.version);
  const serverErrorFields = useRef<FormFieldPath[]>([]);
  const [hasConflict, setHasConflict] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const { mutateAsync: saveDraft } = useSaveSubmission(address);
  const submit = useSubmitSubmission(address);
  const submitKey = useRef<string | null>(null);
  // Báo cáo kỳ trước, once "Sao chép từ kỳ trước" read it: its KPI figures are shown as hints.
  const [previous, setPrevious] = useState<PreviousReportDto | null>(null);

  const showServerErrors = useCallback(
    (error: unknown, sent: ReturnType<typeof toSaveBody>): boolean => {
      if (!isApiError(error, 400) || error.details.length === 0) return false;
      const placed = placeReportErrors(error.details, sent);
      fieldsForm.setFields(placed.fields);
      serverErrorFields.current = placed.fields.map((field) => field.name);
      return placed.unplaced.length === 0;
    },
    [fieldsForm],
  );

  const save = useCallback(async () => {
    const body = toSaveBody(form.getFieldsValue(true) as ReportFormValues);
    try {
      const saved = await saveDraft({ version: version.current, body });
      version.current = saved.version;
      fieldsForm.setFields(serverErrorFields.current.map((name) => ({ name, errors: [] })));
      serverErrorFields.current = [];
    } catch (error) {
      showServerErrors(error, body);
      throw error;
    }
  }, [form, fieldsForm, saveDraft, showServerErrors]);

  const autosave = useAutosave({ isEnabled: canEdit && !hasConflict, save });
  const isConflict = hasConflict || autosave.state.kind === 'conflict';
  const saveFailure = autosave.state.kind === 'failed' ? autosave.state.error : null;

  /** Saves what is pending; a report never saved yet is saved as it stands (the server then holds it). */
  const ensureSaved = async (): Promise<boolean> => {
    if (version.current === 0) autosave.markChanged();
    return autosave.flush();
  };

  const sendSubmit = async () => {
    setSubmitError(null);
    try {
      await form.validateFields({ recursive: true });
    } catch {
      void message.error(t('reportScreens.submit.invalid'));
      return;
    }
    if (!(await ensureSaved())) return;
    // One key per submit: an automatic or manual retry after a lost answer reuses it.
    submitKey.current ??= newIdempotencyKey();
    try {
      const submitted = await submit.mutateAsync({
        version: version.current,
        idempotencyKey: submitKey.current,
      });
      version.current = submitted.version;
      submitKey.current = null;
      void message.success(t('reportScreens.submit.done'));
    } catch (error) {
      if (!isRetryable(error)) submitKey.current = null;
      if (isApiError(error, 412)) setHasConflict(true);
      else if (!showServerErrors(error, toSaveBody(form.getFieldsValue(true) as ReportFormValues)))
        setSubmitError(error);
    }
  };

  const confirmSubmit = () =>
    modal.confirm({
      title: t('reportScreens.submit.confirmTitle', { period: submission.period.label }),
      content: t('reportScreens.submit.confirmBody'),
      okText: t('reportScreens.submit.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'report-submit-confirm' } },
      onOk: sendSubmit,
    });

  const canReview = submission.abilities.canReview && submission.status === 'submitted';

  return (
    <Flex vertical gap={16}>
      {isConflict && (
        <VersionConflictAlert
          title={t('reportScreens.conflict')}
          hint={t('reportScreens.conflictHint')}
          isReloading={isReloading}
          onReload={onReload}
        />
      )}
      {!canEdit && !canReview && (
        <Typography.Text type="secondary">{t('reportScreens.report.readOnly')}</Typography.Text>
      )}
      <Form<ReportFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        disabled={!canEdit}
        onValuesChange={autosave.markChanged}
        data-testid="report-form"
      >
        <Flex vertical gap={16}>
          {submission.request && (
            <Card
              size="small"
              title={t('reportScreens.request.title', { title: submission.request.title })}
              data-testid="report-request"
            >
              <Typography.Text type="secondary">
                {t('reportScreens.request.question')}
              </Typography.Text>
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap' }}
                ellipsis={{ rows: 6, expandable: 'collapsible' }}
                data-testid="report-request-question"
              >
                {submission.request.question}
              </Typography.Paragraph>
              <Form.Item
                name="answer"
                label={t('reportScreens.request.answer')}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  data-testid="report-answer"
                  autoSize={{ minRows: 6 }}
                  maxLength={100000}
                />
              </Form.Item>
            </Card>
          )}
          <TaskEntriesSection
            address={address}
            submission={submission}
            ensureSaved={ensureSaved}
            onChanged={autosave.markChanged}
            onPreviousRead={setPrevious}
          />
          <KpiValuesSection
            targets={submission.targets}
            computed={submission.kpiComputed}
            previous={previous}
          />
          <Card size="small">
            <Form.Item name="difficulties" label={t('reportScreens.difficulties')}>
              <Input.TextArea
                data-testid="report-difficulties"
                autoSize={{ minRows: 3 }}
                maxLength={20000}
              />
            </Form.Item>
            <Form.Item
              name="proposals"
              label={t('reportScreens.proposals')}
              style={{ marginBottom: 0 }}
            >
              <Input.TextArea
                data-testid="report-proposals"
                autoSize={{ minRows: 3 }}
                maxLength={20000}
              />
            </Form.Item>
          </Card>
        </Flex>
      </Form>
      {saveFailure !== null && !isApiError(saveFailure, 400) && <ErrorAlert error={saveFailure} />}
      {submitError !== null && <ErrorAlert error={submitError} />}
      {(canEdit || canReview) && (
        <Card
          size="small"
          style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
          data-testid="report-actions"
        >
          <Flex gap={12} align="center" justify="space-between" wrap>
            {canEdit ? <SaveStatus state={autosave.state} /> : <span />}
            <Flex gap={8}>
              {canEdit && (
                <Button
                  type="primary"
                  data-testid="report-submit"
                  disabled={isConflict}
                  loading={submit.isPending}
                  onClick={confirmSubmit}
                >
                  {t('reportScreens.submit.button')}
                </Button>
              )}
              {canReview && (
                <ReviewActions
                  address={address}
                  submission={submission}
                  onConflict={() => setHasConflict(true)}
                />
              )}
            </Flex>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
