/** The organisation import's columns as the file's headers name them ("Mã đơn vị cấp trên"), not as the API does ('parentCode'). */
import { useTranslation } from 'react-i18next';
import { vi } from '@web/lib/locales/vi';

type ImportColumn = keyof typeof vi.organisationImport.columns;

const isImportColumn = (field: string): field is ImportColumn =>
  Object.hasOwn(vi.organisationImport.columns, field);

export function useImportColumnLabel(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => (isImportColumn(field) ? t(`organisationImport.columns.${field}`) : field);
}
