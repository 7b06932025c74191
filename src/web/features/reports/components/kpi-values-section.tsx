/**
 * Kết quả thực hiện chỉ tiêu: one box per plan target, the figure typed the Vietnamese way
 * ("98,5"); the placeholder and the unit after the box follow the target ("0–100 %" for a rate,
 * "Số hồ sơ" for a count); a rate outside 0–100 is flagged (a warning: the server stores any
 * number). Once the previous report was read, its figure is shown under the box. A target of kind
 * KPI shows the figure computed from dossier data for the period («Từ dữ liệu hồ sơ», pre-filled
 * by the server) or why there is none; typing another figure opens the reason box it requires.
 */
import { Card, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiComputedDto, PreviousReportDto, SubmissionDto } from '@contract/reports';
import { formatTargetText } from '@contract/plan-labels';
import { kpiValueHint, kpiWindowText } from '@contract/report-labels';
import { formatViNumber, parseViNumber } from '@contract/vi-format';
import { differsFromComputed } from './kpi-override';

interface KpiValuesSectionProps {
  targets: SubmissionDto['targets'];
  /** Từ dữ liệu hồ sơ: the computed figure of each kpi target (by target index). */
  computed?: SubmissionDto['kpiComputed'];
  previous?: PreviousReportDto | null;
}

/** "Từ dữ liệu hồ sơ: 66,67 % trên 3 hồ sơ (01/2024–03/2024)", or why nothing is pre-filled. */
function ComputedNote({ computed }: { computed: KpiComputedDto }) {
  const { t } = useTranslation();
  if (computed.value === null) {
    return (
      <Typography.Text type="secondary" data-testid="kpi-computed-none">
        {computed.reason}
      </Typography.Text>
    );
  }
  return (
    <Tag color="blue" data-testid="kpi-computed">
      {t('reportScreens.kpi.fromDossiers', {
        value: formatViNumber(computed.value),
        count: formatViNumber(computed.count),
        months:
          computed.from && computed.to
            ? kpiWindowText({ from: computed.from, to: computed.to })
            : '',
      })}
    </Tag>
  );
}

/** The reason box under a kpi target's figure, shown while the figure differs from the computed one. */
function OverrideReason({ index, computed }: { index: number; computed: KpiComputedDto }) {
  const { t } = useTranslation();
  const typed = Form.useWatch<string | undefined>(['kpiValues', index]);
  if (!differsFromComputed(typed, computed.value)) return null;
  return (
    <Form.Item
      name={['kpiReasons', index]}
      label={t('reportScreens.kpi.overrideReason')}
      extra={t('reportScreens.kpi.overrideReasonHint')}
      rules={[
        { required: true, whitespace: true, message: t('reportScreens.kpi.overrideReasonHint') },
      ]}
    >
      <Input.TextArea
        data-testid={`kpi-reason-${index}`}
        autoSize={{ minRows: 1 }}
        maxLength={2000}
        style={{ maxWidth: 520 }}
      />
    </Form.Item>
  );
}

export function KpiValuesSection({
  targets,
  computed = [],
  previous = null,
}: KpiValuesSectionProps) {
  const { t } = useTranslation();
  const previousValues = new Map(
    (previous?.kpiValues ?? []).map((kpi) => [kpi.targetIndex, kpi.value]),
  );
  const computedByIndex = new Map(computed.map((each) => [each.targetIndex, each]));
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
            const fromDossiers = computedByIndex.get(index);
            return (
              // Targets have no id: their position in the plan is what the API keys them by.
              <div key={index} data-testid={`kpi-box-${index}`}>
                <Form.Item
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
                {fromDossiers && (
                  <>
                    <div style={{ marginTop: -16, marginBottom: 16 }}>
                      <ComputedNote computed={fromDossiers} />
                    </div>
                    <OverrideReason index={index} computed={fromDossiers} />
                  </>
                )}
              </div>
            );
          })}
        </>
      )}
    </Card>
  );
}
