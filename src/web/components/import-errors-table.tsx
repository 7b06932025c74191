/** Why an import was refused: one line per problem (Dòng | Cột | Lỗi), shared by every import screen. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '@contract/common';

interface ImportErrorsTableProps {
  details: ErrorDetail[];
  testId: string;
  /** The column as people know it from the file's header; the API names fields ('parentCode'). */
  labelColumn?: (field: string) => string;
}

export function ImportErrorsTable({
  details,
  testId,
  labelColumn = (field) => field,
}: ImportErrorsTableProps) {
  const { t } = useTranslation();
  const rows = details.map((detail, index) => ({ ...detail, key: index }));
  return (
    <div data-testid={testId}>
      <Table
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: 'row',
            title: t('importErrors.row'),
            width: 72,
            render: (_, detail) => detail.row ?? t('common.empty'),
          },
          {
            key: 'column',
            title: t('importErrors.column'),
            width: 180,
            render: (_, detail) => (detail.field ? labelColumn(detail.field) : t('common.empty')),
          },
          { key: 'message', title: t('importErrors.error'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
