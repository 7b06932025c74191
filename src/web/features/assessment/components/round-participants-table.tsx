/**
 * Đơn vị tham gia: each unit's self-assessment status, when it submitted and when its appraisal
 * was confirmed, with links to its self-assessment (when the user may fill or read it), its
 * appraisal (when the user appraises) and, in the explanation state, the page where the unit
 * answers the council's requests (when the user fills its self-assessment). The `completion`
 * column is a slot the self-assessment part fills (its completion bar); until then it shows "—".
 */
import type { ReactNode } from 'react';
import { Flex, Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoundDto, RoundUnit } from '@contract/assessment-rounds';
import { formatViDateTime } from '@contract/vi-format';
import { UnitStatusTag } from './round-tags';

export function RoundParticipantsTable({
  round,
  completionOf = () => '—',
}: {
  round: RoundDto;
  /** The completion shown per unit (slot for the self-assessment part's bar). */
  completionOf?: (unit: RoundUnit) => ReactNode;
}) {
  const { t } = useTranslation();
  const base = `/assessment/${round.id}/units`;
  const canSelf = new Set(round.actions.self);
  // A reader of the round may open a unit's self-assessment to read it when it manages the round.
  const mayOpenSelf = (unit: RoundUnit) =>
    canSelf.has(unit.organisation.id) || round.actions.manage;
  const appraisalDone = (unit: RoundUnit) =>
    round.appraisalStage === 2 ? unit.appraisal2DoneAt : unit.appraisal1DoneAt;
  return (
    <Table<RoundUnit>
      size="small"
      rowKey={(unit) => unit.organisation.id}
      data-testid="round-participants"
      dataSource={round.units}
      pagination={{ pageSize: 100, hideOnSinglePage: true }}
      columns={[
        {
          key: 'unit',
          title: t('assessmentRounds.unit'),
          render: (_, unit) => (
            <Flex gap={6} align="center" wrap>
              <span>{unit.organisation.name}</span>
              {unit.exemptNodeCodes.length > 0 && (
                <Tooltip title={unit.exemptionNote || undefined}>
                  <Tag>
                    {t('assessmentRounds.exemptTag', { codes: unit.exemptNodeCodes.join(', ') })}
                  </Tag>
                </Tooltip>
              )}
            </Flex>
          ),
        },
        {
          key: 'status',
          title: t('assessmentRounds.status'),
          render: (_, unit) => <UnitStatusTag status={unit.status} />,
        },
        {
          key: 'completion',
          title: t('assessmentRounds.completion'),
          render: (_, unit) => completionOf(unit),
        },
        {
          key: 'submittedAt',
          title: t('assessmentRounds.submittedAt'),
          render: (_, unit) => (unit.submittedAt ? formatViDateTime(unit.submittedAt) : '—'),
        },
        {
          key: 'appraisalDoneAt',
          title: t('assessmentRounds.appraisalDoneAt'),
          render: (_, unit) => {
            const done = appraisalDone(unit);
            return done ? formatViDateTime(done) : '—';
          },
        },
        {
          key: 'links',
          title: t('assessmentRounds.links'),
          render: (_, unit) => (
            <Flex gap={12} wrap>
              {mayOpenSelf(unit) && (
                <Link
                  to={`${base}/${unit.organisation.id}`}
                  data-testid={`round-self-link-${unit.organisation.code}`}
                >
                  {t('assessmentRounds.selfLink')}
                </Link>
              )}
              {round.state === 'explanation' && canSelf.has(unit.organisation.id) && (
                // The unit answers the council's requests on its own page (giải trình).
                <Link
                  to={`${base}/${unit.organisation.id}/explanations`}
                  data-testid={`round-explanations-link-${unit.organisation.code}`}
                >
                  {t('assessmentRounds.explanationsLink')}
                </Link>
              )}
              {round.actions.appraise && (
                <Link to={`${base}/${unit.organisation.id}/appraisal`}>
                  {t('assessmentRounds.appraisalLink')}
                </Link>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
