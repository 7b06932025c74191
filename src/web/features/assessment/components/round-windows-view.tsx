/** Thời gian của đợt: each window as dd/mm/yyyy – dd/mm/yyyy with its phase today and the days left while open. */
import { Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoundDto } from '@contract/assessment-rounds';
import { formatViDate } from '@contract/vi-format';
import { WindowPhaseTag } from './round-tags';

const WINDOW_KEYS = ['selfAssessment', 'appraisal', 'explanation'] as const;

/** "01/12/2026 – 20/12/2026", or "—" while not set. */
export function windowText(window: RoundDto['windows']['appraisal']): string {
  return window.opensOn && window.closesOn
    ? `${formatViDate(window.opensOn)} – ${formatViDate(window.closesOn)}`
    : '—';
}

export function RoundWindowsView({ round }: { round: RoundDto }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      data-testid="round-windows"
      items={WINDOW_KEYS.map((key) => {
        const status = round.windowStatus[key];
        return {
          key,
          label: t(`assessmentRounds.window.${key}`),
          children: (
            <Flex gap={8} align="center" wrap data-testid={`round-window-view-${key}`}>
              <span>{windowText(round.windows[key])}</span>
              <WindowPhaseTag status={status} />
              {status.phase === 'open' && status.daysLeft !== null && (
                <Typography.Text type={status.daysLeft <= 3 ? 'danger' : 'secondary'}>
                  {status.daysLeft === 0
                    ? t('assessmentRounds.lastDay')
                    : t('assessmentRounds.daysLeft', { count: status.daysLeft })}
                </Typography.Text>
              )}
            </Flex>
          ),
        };
      })}
    />
  );
}
