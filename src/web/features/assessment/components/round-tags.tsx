/** Tags of rounds: the round's state (with the appraisal stage), a unit's self-assessment status, a window's phase. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundDto, RoundUnit } from '@contract/assessment-rounds';

const STATE_COLOURS: Record<RoundDto['state'], string> = {
  draft: 'gold',
  self_assessment: 'blue',
  appraisal: 'purple',
  explanation: 'orange',
  final: 'green',
  published: 'cyan',
};

const STATUS_COLOURS: Record<RoundUnit['status'], string> = {
  not_started: 'default',
  in_progress: 'blue',
  submitted: 'green',
};

const PHASE_COLOURS: Record<RoundDto['windowStatus']['appraisal']['phase'], string> = {
  unset: 'default',
  upcoming: 'default',
  open: 'green',
  closed: 'red',
};

export function RoundStateTag({
  state,
  appraisalStage,
}: Pick<RoundDto, 'state' | 'appraisalStage'>) {
  const { t } = useTranslation();
  const label = t(`assessmentRounds.stateLabel.${state}`);
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="round-state">
      {state === 'appraisal'
        ? `${label} ${t('assessmentRounds.stage', { stage: appraisalStage })}`
        : label}
    </Tag>
  );
}

export function UnitStatusTag({ status }: { status: RoundUnit['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`assessmentRounds.unitStatus.${status}`)}</Tag>;
}

export function WindowPhaseTag({ status }: { status: RoundDto['windowStatus']['appraisal'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={PHASE_COLOURS[status.phase]}>{t(`assessmentRounds.phase.${status.phase}`)}</Tag>
  );
}
