/** The fields a target's kind needs: comparator, value and unit; N and peers; K places; the grade; the share of sub-indices; the KPI and its %. */
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  KPI_TARGET_CHOICES,
  NUMBER_COMPARATORS,
  NUMBER_COMPARATOR_SYMBOLS,
  type TargetKind,
} from '@contract/plan-labels';

/** Xếp loại as plans write them, from the best down (stored as the text). */
const GRADE_TEXTS = ['Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'] as const;

export function TargetKindFields({ name }: { name: number }) {
  const { t } = useTranslation();
  const kind = Form.useWatch<TargetKind | undefined>(['targets', name, 'kind']) ?? 'number';
  const form = Form.useFormInstance();

  /**
   * Picking a KPI names the target after it (unless the user wrote their own name) and proposes
   * ≥ for a KPI where higher is better, ≤ for one where lower is (late share, complaints).
   */
  const pickKpi = (key: string) => {
    const choice = KPI_TARGET_CHOICES.find((each) => each.key === key);
    if (!choice) return;
    const metric = String(form.getFieldValue(['targets', name, 'metric']) ?? '').trim();
    const named = metric === '' || KPI_TARGET_CHOICES.some((each) => each.label === metric);
    if (named) form.setFieldValue(['targets', name, 'metric'], choice.label);
    form.setFieldValue(['targets', name, 'comparator'], choice.higherIsBetter ? 'gte' : 'lte');
  };

  const comparator = (
    <Col xs={8} md={4} key="comparator">
      <Form.Item name={[name, 'comparator']} label={t('planScreens.content.targetComparator')}>
        <Select
          data-testid="target-comparator"
          options={NUMBER_COMPARATORS.map((value) => ({
            value,
            label: NUMBER_COMPARATOR_SYMBOLS[value],
          }))}
        />
      </Form.Item>
    </Col>
  );
  const value = (labelKey: 'targetValue' | 'targetRankTop' | 'targetRankUp', min?: number) => (
    <Col xs={8} md={4} key="value">
      <Form.Item
        name={[name, 'value']}
        label={t(`planScreens.content.${labelKey}`)}
        rules={[{ required: true }]}
      >
        <InputNumber
          min={min}
          decimalSeparator=","
          style={{ width: '100%' }}
          data-testid="target-value"
        />
      </Form.Item>
    </Col>
  );
  const unit = (labelKey: 'targetUnit' | 'targetPeers') => (
    <Col xs={8} md={5} key="unit">
      <Form.Item name={[name, 'unit']} label={t(`planScreens.content.${labelKey}`)}>
        <Input maxLength={50} data-testid="target-unit" />
      </Form.Item>
    </Col>
  );

  switch (kind) {
    case 'number':
      return <Row gutter={12}>{[comparator, value('targetValue'), unit('targetUnit')]}</Row>;
    case 'rank_top':
      return <Row gutter={12}>{[value('targetRankTop', 1), unit('targetPeers')]}</Row>;
    case 'rank_up':
      return <Row gutter={12}>{value('targetRankUp', 1)}</Row>;
    case 'grade':
      return (
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item
              name={[name, 'grade']}
              label={t('planScreens.content.targetGrade')}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="target-grade"
                options={GRADE_TEXTS.map((grade) => ({ value: grade, label: grade }))}
              />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'subindex_share':
      return (
        <Row gutter={12}>
          <Col xs={8} md={5}>
            <Form.Item
              name={[name, 'sharePercent']}
              label={t('planScreens.content.targetShare')}
              extra={t('planScreens.content.targetShareHint')}
            >
              <InputNumber
                min={0}
                max={100}
                decimalSeparator=","
                placeholder="100"
                style={{ width: '100%' }}
                data-testid="target-share"
              />
            </Form.Item>
          </Col>
          {[comparator, value('targetValue'), unit('targetUnit')]}
        </Row>
      );
    case 'kpi':
      return (
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item
              name={[name, 'kpiKey']}
              label={t('planScreens.content.targetKpi')}
              extra={t('planScreens.content.targetKpiHint')}
              rules={[{ required: true }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                data-testid="target-kpi"
                onChange={pickKpi}
                options={KPI_TARGET_CHOICES.map((choice) => ({
                  value: choice.key,
                  label: choice.label,
                }))}
              />
            </Form.Item>
          </Col>
          {comparator}
          <Col xs={8} md={4}>
            <Form.Item
              name={[name, 'value']}
              label={t('planScreens.content.targetKpiPercent')}
              rules={[{ required: true }]}
            >
              <InputNumber
                min={0}
                max={100}
                decimalSeparator=","
                suffix="%"
                style={{ width: '100%' }}
                data-testid="target-value"
              />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'rank_not_down':
    case 'above_last_year':
    case 'bonus':
    case 'free_text':
      return null;
  }
}
