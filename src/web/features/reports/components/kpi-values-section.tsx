/**
 * Kết quả thực hiện chỉ tiêu: one box per plan target, the figure typed the Vietnamese way
 * ("98,5"); the placeholder and the unit after the box follow the target ("0–100 %" for a rate,
 * "Số hồ sơ" for a count); a rate outside 0–100 is flagged (a warning: the server stores any
 * number). Once the previous report was read, its figure is shown under the box.
 */
import { Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviousReportDto, SubmissionDto } from '@contract/reports';
import { formatTargetText } from '@contract/plan-labels';
import { kpiValueHint } from '@contract/report-labels';
import { formatViNumber, parseViNumber } from '@contract/vi-format';

interface KpiValuesSectionProps {
  targets: SubmissionDto['targets'];
  previous?: PreviousReportDto | null;
}

export function KpiValuesSection({ targets, previous = null }: KpiValuesSectionProps) {
  const { t } = useTranslation();
  const previousValues = new Map(
    (previous?.kpiValues ?? []).map((kpi) => [kpi.targetIndex, kpi.value]),
  );
  return (
    <Card size="small" title={t('reportScreens.kpi.title')} data-testid="report-kpi">
      {targets.length === 0 ? (
        <Typography.Text type="secondary">{t('reportScreens.kpi.none')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {t('reportScreens.kpi.hint')}
          </Typography.Paragraph>
          {targets.map((target, index) => {
            const hint = kpiValueHint(target);
            const earlier = previousValues.get(index);
            return (
              <Form.Item
                // Targets have no id: their position in the plan is what the API keys them by.
                key={index}
                name={['kpiValues', index]}
                label={formatTargetText(target)}
                extra={
                  previous?.period && earlier !== undefined && earlier !== null
                    ? t('reportScreens.kpi.previous', {
                        period: previous.period.label,
                        value: `${formatViNumber(earlier)}${hint.suffix ? ` ${hint.suffix}` : ''}`,
                      })
                    : undefined
                }
                rules={
                  hint.range
                    ? [
                        {
                          warningOnly: true,
                          validator: (_, value: string | undefined) => {
                            const parsed = value?.trim() ? parseViNumber(value) : null;
                            const { min, max } = hint.range!;
                            return parsed !== null && (parsed < min || parsed > max)
                              ? Promise.reject(new Error(t('reportScreens.kpi.outOfRange')))
                              : Promise.resolve();
                          },
                        },
                      ]
                    : []
                }
              >
                <Input
                  data-testid={`kpi-value-${index}`}
                  placeholder={hint.placeholder}
                  suffix={hint.suffix || undefined}
                  maxLength={50}
                  style={{ maxWidth: 260 }}
                />
              </Form.Item>
            );
          })}
        </>
      )}
    </Card>
  );
}
