/** Chế độ báo cáo đề xuất: the reporting rule read from the plan's reporting sentences, applied to the draft only when "Áp dụng" stays ticked. */
import { Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportedPlanDto } from '@contract/plan-imports';
import { formatViDate } from '@contract/vi-format';
import { ReviewMark } from './import-review-mark';

type Schedule = NonNullable<ImportedPlanDto['reporting']>['rule']['reports'][number];

export function ImportReportingPanel(props: {
  reporting: ImportedPlanDto['reporting'];
  apply: boolean;
  isSelected: boolean;
  onApplyChange: (apply: boolean) => void;
  onSelect: () => void;
}) {
  const { t } = useTranslation();
  const { reporting } = props;
  if (!reporting) {
    return (
      <Typography.Text type="secondary">{t('planImportScreens.reporting.none')}</Typography.Text>
    );
  }
  const describe = (schedule: Schedule): string => {
    const kind = t(`planImportScreens.reporting.kinds.${schedule.kind}`);
    if (schedule.kind === 'custom') {
      return `${schedule.label} — ${t('planImportScreens.reporting.dueDate', { date: formatViDate(schedule.due) })}`;
    }
    if (schedule.kind === 'week') return kind;
    return `${kind}, ${t('planImportScreens.reporting.dueDay', {
      day: schedule.due.day,
      month: t(`planImportScreens.reporting.dueMonth.${schedule.due.month}`),
    })}`;
  };
  return (
    <Flex
      vertical
      gap={8}
      id="import-item-reporting"
      data-testid="import-reporting"
      style={{
        padding: 8,
        borderRadius: 6,
        cursor: 'pointer',
        background: props.isSelected ? '#e6f4ff' : undefined,
      }}
      onClick={props.onSelect}
    >
      <Flex gap={8} align="center">
        <Typography.Text strong>{reporting.rule.name}</Typography.Text>
        <ReviewMark provenance={reporting.provenance} />
      </Flex>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {reporting.rule.reports.map((schedule, index) => (
          <li key={index}>{describe(schedule)}</li>
        ))}
      </ul>
      <Checkbox
        checked={props.apply}
        onChange={(event) => props.onApplyChange(event.target.checked)}
        onClick={(event) => event.stopPropagation()}
      >
        {t('planImportScreens.reporting.apply')}
      </Checkbox>
      <Typography.Text type="secondary">
        {t('planImportScreens.reporting.applyHint')}
      </Typography.Text>
    </Flex>
  );
}
