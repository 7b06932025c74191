/** Filters of the audit log: period (dd/mm/yyyy), action and outcome. */
import { AutoComplete, DatePicker, Flex, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMAT, fromIsoDate, toIsoDate } from '@web/lib/dates';
import { matchesSearch } from '@contract/text-search';
import type { AuditQuery } from '../api/audit-api';
import { listAuditActionOptions } from './audit-labels';

/** The filter part of the audit query. */
export type AuditFilterValues = Pick<AuditQuery, 'from' | 'to' | 'action' | 'outcome'>;

interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const range: [Dayjs, Dayjs] | null =
    value.from && value.to ? [fromIsoDate(value.from), fromIsoDate(value.to)] : null;
  // Every action the server may write, so an action with no event yet can still be looked for.
  const actionOptions = listAuditActionOptions(t);

  return (
    <Flex gap={12} wrap>
      <DatePicker.RangePicker
        aria-label={t('audit.dateRange')}
        format={DATE_INPUT_FORMAT}
        value={range}
        onChange={(dates) =>
          onChange({
            ...value,
            from: dates?.[0] ? toIsoDate(dates[0]) : undefined,
            to: dates?.[1] ? toIsoDate(dates[1]) : undefined,
          })
        }
      />
      <AutoComplete
        style={{ minWidth: 280 }}
        allowClear
        placeholder={t('audit.actionPlaceholder')}
        options={actionOptions}
        value={value.action}
        showSearch={{
          filterOption: (input, option) => matchesSearch(`${option?.label ?? ''}`, input),
        }}
        onChange={(action: string | undefined) =>
          onChange({ ...value, action: action?.trim() || undefined })
        }
      />
      <Select
        style={{ minWidth: 200 }}
        allowClear
        placeholder={t('audit.outcomePlaceholder')}
        value={value.outcome}
        options={[
          { value: 'allowed', label: t('audit.allowed') },
          { value: 'denied', label: t('audit.denied') },
        ]}
        onChange={(outcome: AuditFilterValues['outcome']) => onChange({ ...value, outcome })}
      />
    </Flex>
  );
}
