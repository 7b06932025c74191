/**
 * Bảng kết quả đợt đánh giá: per unit the appraised part, the survey part, the total, index %,
 * rank "4/20", grade and the change from last year ("giảm 01 bậc", −2,41), best first.
 */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundUnitResult } from '@contract/assessment-results';
import { formatViNumber } from '@contract/vi-format';

/** "+1,25" / "−2,41": a change in percentage points, signed. */
function signed(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${formatViNumber(Math.abs(value))}`;
}

export function ResultsTable({ units }: { units: RoundUnitResult[] }) {
  const { t } = useTranslation();
  const ordered = [...units].sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.organisation.name.localeCompare(b.organisation.name, 'vi'),
  );
  return (
    <Table<RoundUnitResult>
      size="small"
      data-testid="round-results-table"
      rowKey={(unit) => unit.organisation.id}
      dataSource={ordered}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'unit',
          title: t('assessmentResults.results.unit'),
          render: (_, unit) => unit.organisation.name,
        },
        {
          key: 'appraised',
          title: t('assessmentResults.results.appraised'),
          align: 'right',
          width: 120,
          render: (_, unit) => formatViNumber(unit.appraisedPart),
        },
        {
          key: 'survey',
          title: t('assessmentResults.results.survey'),
          align: 'right',
          width: 120,
          render: (_, unit) => formatViNumber(unit.surveyPart),
        },
        {
          key: 'total',
          title: t('assessmentResults.results.total'),
          align: 'right',
          width: 110,
          render: (_, unit) =>
            unit.scoreState === 'scored' ? (
              <strong>{formatViNumber(unit.total)}</strong>
            ) : (
              <Typography.Text type="warning">
                {formatViNumber(unit.total)} ({t('assessmentResults.results.partial')})
              </Typography.Text>
            ),
        },
        {
          key: 'index',
          title: t('assessmentResults.results.index'),
          align: 'right',
          width: 100,
          render: (_, unit) =>
            unit.indexPercent === null ? t('common.empty') : formatViNumber(unit.indexPercent),
        },
        {
          key: 'rank',
          title: t('assessmentResults.results.rank'),
          align: 'right',
          width: 90,
          render: (_, unit) => (
            <span data-testid={`round-rank-${unit.organisation.code}`}>
              {unit.rankText ?? t('common.empty')}
            </span>
          ),
        },
        {
          key: 'grade',
          title: t('assessmentResults.results.grade'),
          width: 110,
          render: (_, unit) => (unit.grade ? <Tag>{unit.grade.label}</Tag> : t('common.empty')),
        },
        {
          key: 'change',
          title: t('assessmentResults.results.change'),
          width: 170,
          render: (_, unit) =>
            unit.indexChange === null && unit.rankChange === null ? (
              <Typography.Text type="secondary">
                {t('assessmentResults.results.noPrevious')}
              </Typography.Text>
            ) : (
              <Typography.Text
                type={
                  (unit.indexChange ?? 0) < 0
                    ? 'danger'
                    : (unit.indexChange ?? 0) > 0
                      ? 'success'
                      : undefined
                }
              >
                {[unit.indexChange === null ? null : signed(unit.indexChange), unit.rankChange]
                  .filter(Boolean)
                  .join('; ')}
              </Typography.Text>
            ),
        },
      ]}
    />
  );
}
