/** Nhật ký hệ thống: every write and refused attempt, newest first, paged by the server. */
import { useState } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { useDebouncedValue } from '@web/lib/use-debounced-value';
import { useAuditEvents } from '../api/audit-api';
import { AuditFilters, type AuditFilterValues } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

const DEFAULT_PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  // Typing an action name should not send one request per key.
  const debouncedFilters = useDebouncedValue(filters);
  const { data, isFetching, error, refetch } = useAuditEvents({ ...debouncedFilters, ...paging });

  const changeFilters = (next: AuditFilterValues) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('audit.pageTitle')}
      </Typography.Title>
      <Card>
        <Flex vertical gap={16}>
          <AuditFilters value={filters} onChange={changeFilters} />
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          <AuditTable
            events={data?.items ?? []}
            total={data?.total ?? 0}
            page={paging.page}
            pageSize={paging.pageSize}
            isLoading={isFetching}
            onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
