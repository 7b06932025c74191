/** Why an import was refused: one line per problem (Dòng | Cột | Lỗi). */
import { Table } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '@contract/common';
import { vi } from '@web/lib/locales/vi';

type ImportColumn = keyof typeof vi.organisationImport.columns;

function isImportColumn(field: string): field is ImportColumn {
  return Object.hasOwn(vi.organisationImport.columns, field);
}

// The API names columns by field ('parentCode'); people know them by the file's header.
function labelColumn(t: TFunction, field: string | null | undefined): string {
  if (!field) return t('common.empty');
  return isImportColumn(field) ? t(`organisationImport.columns.${field}`) : field;
}

export function ImportErrorsTable({ details }: { details: ErrorDetail[] }) {
  const { t } = useTranslation();
  const rows = details.map((detail, index) => ({ ...detail, key: index }));
  return (
    <div data-testid="org-import-errors">
      <Table
        size="small"
        dataSource={rows}
        pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          {
            key: 'row',
            title: t('organisationImport.row'),
            width: 72,
            render: (_, detail) => detail.row ?? t('common.empty'),
          },
          {
            key: 'column',
            title: t('organisationImport.column'),
            width: 180,
            render: (_, detail) => labelColumn(t, detail.field),
          },
          { key: 'message', title: t('organisationImport.error'), dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
