/** One list of the to-do home: a titled card with its count as a badge and a Vietnamese empty state. */
import type { ReactNode } from 'react';
import { Badge, Card, Empty, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export function TodoCard<T>({
  title,
  items,
  testId,
  renderItem,
  rowKey,
}: {
  title: string;
  items: readonly T[];
  testId: string;
  renderItem: (item: T) => ReactNode;
  rowKey: (item: T) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={testId}
      title={
        <Space>
          {title}
          <Badge
            count={items.length}
            showZero
            color={items.length > 0 ? 'red' : 'gray'}
            data-testid={`${testId}-count`}
          />
        </Space>
      }
    >
      <List<T>
        size="small"
        dataSource={[...items]}
        rowKey={rowKey}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('homeScreens.empty')} />
          ),
        }}
        renderItem={(item) => <List.Item>{renderItem(item)}</List.Item>}
      />
    </Card>
  );
}
