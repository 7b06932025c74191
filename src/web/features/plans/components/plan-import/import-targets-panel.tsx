/** Chỉ tiêu đọc được: each target as the draft will print it, with its review mark; a wrong one can be removed. */
import { Button, Flex, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatTargetText } from '@contract/plan-labels';
import type { ImportedPlanDto } from '@contract/plan-imports';
import { deleteTarget } from './import-edits';
import type { ReviewItem } from './import-review';
import { ReviewMark } from './import-review-mark';
import type { ApplyEdit } from './import-task-row';

export function ImportTargetsPanel(props: {
  plan: ImportedPlanDto;
  selected: ReviewItem | null;
  onSelect: (id: string) => void;
  onEdit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { targets } = props.plan.content;
  if (targets.length === 0) {
    return (
      <Typography.Text type="secondary">{t('planImportScreens.targets.empty')}</Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} data-testid="import-targets">
      {targets.map((target) => {
        const isSelected = props.selected?.kind === 'target' && props.selected.id === target.id;
        return (
          <Flex
            key={target.id}
            id={`import-item-target:${target.id}`}
            gap={8}
            align="center"
            style={{
              padding: '6px 8px',
              borderRadius: 6,
              cursor: 'pointer',
              background: isSelected ? '#e6f4ff' : undefined,
            }}
            onClick={() => props.onSelect(target.id)}
          >
            <Typography.Text style={{ flex: 1 }}>{formatTargetText(target)}</Typography.Text>
            <ReviewMark provenance={props.plan.provenance[`target:${target.id}`]} />
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`${t('planImportScreens.targets.deleteTarget')}: ${target.metric}`}
              onClick={(event) => {
                event.stopPropagation();
                props.onEdit((plan) => deleteTarget(plan, target.id));
              }}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}
