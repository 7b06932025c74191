/** Tiếp nhận / Trả lại: the focal unit accepts a submitted report or returns it with a required comment. */
import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { isApiError } from '@web/lib/api-client';
import { describeError } from '@web/lib/error-message';
import { useFormError } from '@web/lib/use-form-error';
import { ErrorAlert } from '@web/components/error-alert';
import { useReviewSubmission, type ReportAddress } from '../api/reports-api';

interface ReviewActionsProps {
  address: ReportAddress;
  submission: SubmissionDto;
  onConflict: () => void;
}

export function ReviewActions({ address, submission, onConflict }: ReviewActionsProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const review = useReviewSubmission(address);
  const [isReturning, setIsReturning] = useState(false);
  const [form] = Form.useForm<{ comment: string }>();
  const { bannerError, clearError, reportError } = useFormError(form, ['comment']);
  const unit = submission.organisation.name;

  const accept = () =>
    modal.confirm({
      title: t('reportScreens.review.acceptTitle', { unit }),
      okText: t('reportScreens.review.accept'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'report-accept-confirm' } },
      onOk: () =>
        review
          .mutateAsync({ version: submission.version, body: { decision: 'accept', comment: '' } })
          .then(() => void message.success(t('reportScreens.review.accepted')))
          .catch((error: unknown) =>
            isApiError(error, 412) ? onConflict() : void message.error(describeError(error, t)),
          ),
    });

  const sendReturn = ({ comment }: { comment: string }) => {
    clearError();
    review.mutate(
      { version: submission.version, body: { decision: 'return', comment } },
      {
        onSuccess: () => {
          setIsReturning(false);
          form.resetFields();
          void message.success(t('reportScreens.review.returned'));
        },
        onError: (error) => {
          if (isApiError(error, 412)) {
            setIsReturning(false);
            onConflict();
          } else {
            reportError(error);
          }
        },
      },
    );
  };

  return (
    <Flex gap={8}>
      <Button
        type="primary"
        data-testid="report-accept"
        loading={review.isPending}
        onClick={accept}
      >
        {t('reportScreens.review.accept')}
      </Button>
      <Button danger data-testid="report-return" onClick={() => setIsReturning(true)}>
        {t('reportScreens.review.return')}
      </Button>
      <Modal
        open={isReturning}
        title={t('reportScreens.review.returnTitle', { unit })}
        okText={t('reportScreens.review.return')}
        cancelText={t('common.cancel')}
        okButtonProps={{
          danger: true,
          loading: review.isPending,
          ...{ 'data-testid': 'report-return-confirm' },
        }}
        onOk={() => form.submit()}
        onCancel={() => setIsReturning(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={sendReturn} initialValues={{ comment: '' }}>
          <Form.Item
            name="comment"
            label={t('reportScreens.review.comment')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('reportScreens.review.commentRequired'),
              },
            ]}
          >
            <Input.TextArea
              data-testid="report-return-comment-input"
              autoSize={{ minRows: 3 }}
              maxLength={5000}
            />
          </Form.Item>
        </Form>
        {bannerError !== null && <ErrorAlert error={bannerError} />}
      </Modal>
    </Flex>
  );
}
