/** "Dùng minh chứng từ nhiệm vụ": this year's linked tasks' accepted files and documents, one click each. */
import { Button, Drawer, Empty, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SelfNodeDto } from '@contract/assessment-self';
import { formatViDate } from '@contract/vi-format';
import { useProposedEvidence, type SelfAddress } from '../api/self-api';

export function SelfProposalsDrawer({
  address,
  node,
  open,
  onClose,
  attaching,
  onUse,
}: {
  address: SelfAddress;
  node: SelfNodeDto;
  open: boolean;
  onClose: () => void;
  attaching: boolean;
  onUse: (choice: { taskId: string; evidenceFileId?: string; documentIndex?: number }) => void;
}) {
  const { t } = useTranslation();
  const proposals = useProposedEvidence(address, node.code, open);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={560}
      title={`${t('assessmentSelf.proposals.title')} — ${node.code}`}
      data-testid="self-proposals"
    >
      {proposals.isLoading ? (
        <Spin />
      ) : (proposals.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('assessmentSelf.proposals.empty')} />
      ) : (
        <List
          dataSource={proposals.data?.items ?? []}
          renderItem={(item) => (
            <List.Item
              data-testid="self-proposal"
              actions={[
                item.attached ? (
                  <Tag key="used" color="green">
                    {t('assessmentSelf.proposals.attached')}
                  </Tag>
                ) : (
                  <Button
                    key="use"
                    type="primary"
                    size="small"
                    loading={attaching}
                    onClick={() =>
                      onUse(
                        item.evidenceFileId
                          ? { taskId: item.task.id, evidenceFileId: item.evidenceFileId }
                          : { taskId: item.task.id, documentIndex: item.documentIndex ?? 0 },
                      )
                    }
                  >
                    {t('assessmentSelf.proposals.use')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  item.fileName ??
                  [
                    item.document?.number,
                    item.document?.date ? formatViDate(item.document.date) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')
                }
                description={
                  <>
                    <Typography.Text>{item.task.content}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">
                      {item.task.planTitle} ·{' '}
                      {t('assessmentSelf.proposals.period', { period: item.periodKey })}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
