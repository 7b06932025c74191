/** Trao đổi về báo cáo: the thread between the reporting unit and its focal unit, oldest first, with a box to write in when the user may. */
import { useState } from 'react';
import { App, Button, Card, Empty, Flex, Input, List, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportCommentDto } from '@contract/report-comments';
import { formatViDateTime } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { useAddReportComment, useReportThread } from '../api/report-comments-api';
import type { ReportAddress } from '../api/reports-api';

type WritableKind = 'comment' | 'explanation_request';

const KIND_COLOURS: Record<ReportCommentDto['kind'], string | undefined> = {
  comment: undefined,
  explanation_request: 'orange',
  return: 'red',
};

interface ReportThreadProps {
  address: ReportAddress;
  /** The report's version: a review or a resubmit reads the thread again (a return adds to it). */
  reportVersion: number;
}

export function ReportThread({ address, reportVersion }: ReportThreadProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thread = useReportThread(address, reportVersion);
  const add = useAddReportComment(address, reportVersion);
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<WritableKind>('comment');
  const [sendError, setSendError] = useState<unknown>(null);
  const data = thread.data;

  const send = () => {
    setSendError(null);
    add.mutate(
      { kind, body },
      {
        onSuccess: () => {
          setBody('');
          setKind('comment');
          void message.success(t('reportComments.sent'));
        },
        onError: setSendError,
      },
    );
  };

  return (
    <Card title={t('reportComments.title')} data-testid="report-thread" size="small">
      {thread.isError && <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} />}
      {data && (
        <Flex vertical gap={12}>
          {data.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reportComments.empty')} />
          ) : (
            <List<ReportCommentDto>
              size="small"
              dataSource={data.items}
              renderItem={(item) => (
                <List.Item data-testid="report-thread-item" data-kind={item.kind}>
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Flex gap={8} wrap align="center">
                      <Typography.Text strong>{item.author.fullName}</Typography.Text>
                      <Typography.Text type="secondary">
                        {item.author.organisation.name}
                      </Typography.Text>
                      <Tag color={item.side === 'reviewer' ? 'blue' : 'green'}>
                        {t(`reportComments.side.${item.side}`)}
                      </Tag>
                      {item.kind !== 'comment' && (
                        <Tag color={KIND_COLOURS[item.kind]}>
                          {t(`reportComments.kind.${item.kind}`)}
                        </Tag>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatViDateTime(item.createdAt)}
                      </Typography.Text>
                    </Flex>
                    <Typography.Paragraph
                      style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                      data-testid="report-thread-body"
                    >
                      {item.body}
                    </Typography.Paragraph>
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {data.abilities.canComment ? (
            <Flex vertical gap={8}>
              {sendError !== null && <ErrorAlert error={sendError} />}
              {data.mySide === 'reviewer' && (
                <Segmented<WritableKind>
                  data-testid="report-thread-kind"
                  value={kind}
                  onChange={setKind}
                  options={(['comment', 'explanation_request'] as const).map((value) => ({
                    value,
                    label: t(`reportComments.kind.${value}`),
                  }))}
                />
              )}
              <Input.TextArea
                data-testid="report-thread-input"
                aria-label={t('reportComments.placeholder')}
                placeholder={t('reportComments.placeholder')}
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={5000}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
              <Flex justify="end">
                <Button
                  type="primary"
                  data-testid="report-thread-send"
                  disabled={body.trim() === ''}
                  loading={add.isPending}
                  onClick={send}
                >
                  {t('reportComments.send')}
                </Button>
              </Flex>
            </Flex>
          ) : (
            <Typography.Text type="secondary">{t('reportComments.readOnly')}</Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
