/** Tổng kết (top of the review screen): sections, tasks (table/prose), units matched, timeframes read, targets, items to review; then the warnings, each opening its source lines. */
import { Alert, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatViNumber } from '@contract/vi-format';
import type { ImportedPlanDto } from '@contract/plan-imports';
import type { ImportTotals } from './import-review';

function ratio(part: number, whole: number): string {
  return `${formatViNumber(part)}/${formatViNumber(whole)}`;
}

export function ImportTotalsBar(props: { totals: ImportTotals }) {
  const { t } = useTranslation();
  const { totals } = props;
  return (
    <Flex gap={32} wrap data-testid="import-totals">
      <Statistic
        title={t('planImportScreens.totals.sections')}
        value={formatViNumber(totals.sections)}
      />
      <Statistic
        title={t('planImportScreens.totals.tasks')}
        value={formatViNumber(totals.tasks)}
        suffix={
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('planImportScreens.totals.taskOrigins', {
              table: formatViNumber(totals.tableTasks),
              prose: formatViNumber(totals.proseTasks),
            })}
          </Typography.Text>
        }
      />
      <Statistic
        title={t('planImportScreens.totals.units')}
        value={ratio(totals.unitsMatched, totals.unitsRead)}
      />
      <Statistic
        title={t('planImportScreens.totals.timeframes')}
        value={ratio(totals.timeframesRead, totals.timeframesStated)}
      />
      <Statistic
        title={t('planImportScreens.totals.targets')}
        value={formatViNumber(totals.targets)}
      />
      <Statistic
        title={t('planImportScreens.totals.review')}
        value={formatViNumber(totals.lowConfidence)}
        styles={{ content: { color: totals.lowConfidence > 0 ? '#d46b08' : undefined } }}
      />
    </Flex>
  );
}

export function ImportWarningList(props: {
  warnings: ImportedPlanDto['warnings'];
  onOpen: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (props.warnings.length === 0) return null;
  return (
    <Flex vertical gap={4} role="list" aria-label={t('planImportScreens.warnings')}>
      {props.warnings.map((warning, index) => (
        <Alert
          key={`${warning.code}-${index}`}
          role="listitem"
          type="warning"
          showIcon
          style={{ cursor: warning.source.length ? 'pointer' : undefined }}
          onClick={() => props.onOpen(index)}
          title={warning.message}
        />
      ))}
    </Flex>
  );
}
