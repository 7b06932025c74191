/** Kết quả thực hiện chỉ tiêu: one box per plan target, the figure typed the Vietnamese way ("98,5%"). */
import { Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubmissionDto } from '@contract/reports';
import { formatTargetText } from '@contract/plan-labels';

export function KpiValuesSection({ targets }: { targets: SubmissionDto['targets'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reportScreens.kpi.title')} data-testid="report-kpi">
      {targets.length === 0 ? (
        <Typography.Text type="secondary">{t('reportScreens.kpi.none')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('reportScreens.kpi.hint')}
          </Typography.Paragraph>
          {targets.map((target, index) => (
            <Form.Item
              // Targets have no id: their position in the plan is what the API keys them by.
              key={index}
              name={['kpiValues', index]}
              label={formatTargetText(target)}
            >
              <Input
                data-testid={`kpi-value-${index}`}
                placeholder={t('reportScreens.kpi.placeholder')}
                maxLength={50}
                style={{ maxWidth: 240 }}
              />
            </Form.Item>
          ))}
        </>
      )}
    </Card>
  );
}
