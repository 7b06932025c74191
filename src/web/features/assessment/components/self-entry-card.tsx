/** Một tiêu chí tự chấm: input by rule, computed score, không áp dụng, evidence, explanation when needed. */
import { useEffect, useState } from 'react';
import { Alert, Card, Checkbox, Flex, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiProposalDto } from '@contract/assessment-kpi-proposals';
import type { SelfEntryDto, SelfNodeDto } from '@contract/assessment-self';
import { formatViNumber } from '@contract/vi-format';
import type { EntryChanges, SelfAddress } from '../api/self-api';
import { SelfEvidenceList } from './self-evidence-list';
import { SelfKpiProposal } from './self-kpi-proposal';
import { SelfScoreInput } from './self-score-input';

interface Props {
  address: SelfAddress;
  node: SelfNodeDto;
  entry: SelfEntryDto | undefined;
  canEdit: boolean;
  /** Đề xuất từ dữ liệu hồ sơ, for a criterion that reads a KPI. */
  kpiProposal?: KpiProposalDto;
  onSave: (nodeCode: string, changes: EntryChanges) => void;
}

export function SelfEntryCard({ address, node, entry, canEdit, kpiProposal, onSave }: Props) {
  const { t } = useTranslation();
  const [explanation, setExplanation] = useState(entry?.selfExplanation ?? '');
  useEffect(() => setExplanation(entry?.selfExplanation ?? ''), [entry?.selfExplanation]);
  const header = (
    <Flex justify="space-between" gap={8} wrap>
      <Typography.Text strong>
        {node.code}. {node.name}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('assessmentSelf.maxPoints', { points: formatViNumber(node.maxPoints, 4) })}
      </Typography.Text>
    </Flex>
  );
  if (!node.applicable || !entry) {
    return (
      <Card size="small" title={header} data-testid={`self-node-${node.code}`}>
        <Typography.Text type="secondary">
          {node.applicable ? t('assessmentSelf.survey') : t('assessmentSelf.notApplicableArea')}
        </Typography.Text>
      </Card>
    );
  }
  const showExplanation = entry.needsExplanation || entry.selfExplanation !== '';
  return (
    <Card size="small" title={header} data-testid={`self-node-${node.code}`}>
      <Flex vertical gap={8}>
        <Flex gap={16} align="center" wrap>
          {!entry.notApplicable && (
            <SelfScoreInput
              node={node}
              value={entry.input}
              disabled={!canEdit}
              onChange={(input) => onSave(node.code, { input })}
            />
          )}
          <Typography.Text data-testid={`self-score-${node.code}`}>
            {entry.notApplicable
              ? t('assessmentSelf.notApplicable')
              : entry.selfScore === null
                ? t('assessmentSelf.notScored')
                : t('assessmentSelf.score', { score: formatViNumber(entry.selfScore, 4) })}
          </Typography.Text>
          {entry.rate !== null && (
            <Tag>{t('assessmentSelf.rate', { rate: formatViNumber(entry.rate, 2) })}</Tag>
          )}
          {node.mayMarkNotApplicable && (
            <Checkbox
              checked={entry.notApplicable}
              disabled={!canEdit}
              onChange={(event) => onSave(node.code, { notApplicable: event.target.checked })}
            >
              {t('assessmentSelf.notApplicable')}
            </Checkbox>
          )}
        </Flex>
        {kpiProposal && !entry.notApplicable && (
          <SelfKpiProposal
            proposal={kpiProposal}
            value={entry.input}
            canEdit={canEdit}
            onFill={(input) => onSave(node.code, { input })}
          />
        )}
        {entry.zeroForMissingEvidence && (
          <Alert type="warning" showIcon title={t('assessmentSelf.evidence.zeroWithout')} />
        )}
        {!entry.notApplicable && (
          <SelfEvidenceList
            address={address}
            node={node}
            evidence={entry.evidence}
            canEdit={canEdit}
          />
        )}
        {showExplanation && (
          <Flex vertical gap={4}>
            <Typography.Text type={entry.needsExplanation && !explanation ? 'danger' : undefined}>
              {t('assessmentSelf.explanation.label')}
            </Typography.Text>
            <Input.TextArea
              data-testid={`self-explanation-${node.code}`}
              rows={2}
              maxLength={4000}
              value={explanation}
              disabled={!canEdit}
              placeholder={t('assessmentSelf.explanation.placeholder')}
              onChange={(event) => setExplanation(event.target.value)}
              onBlur={() => {
                if (explanation !== entry.selfExplanation) {
                  onSave(node.code, { selfExplanation: explanation });
                }
              }}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
