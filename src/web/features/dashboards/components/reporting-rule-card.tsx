/** Quy định kỳ báo cáo: the rule's name and, for whoever manages the plan, a choice of the shipped presets. */
import { useState } from 'react';
import { App, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REPORTING_RULE_PRESETS, type ReportingRulePresetId } from '@contract/report-labels';
import type { ReportingOverview } from '@contract/reports';
import { ErrorAlert } from '@web/components/error-alert';
import { VersionConflictAlert } from '@web/components/version-conflict-alert';
import { isApiError } from '@web/lib/api-client';
import { useSetReportingRule } from '../api/dashboards-api';

const PRESET_OPTIONS = (Object.keys(REPORTING_RULE_PRESETS) as ReportingRulePresetId[]).map(
  (presetId) => ({ value: presetId, label: REPORTING_RULE_PRESETS[presetId].name }),
);

interface ReportingRuleCardProps {
  overview: ReportingOverview;
  isReloading: boolean;
  onReload: () => void;
}

export function ReportingRuleCard({ overview, isReloading, onReload }: ReportingRuleCardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setRule = useSetReportingRule(overview.planId);
  const [hasConflict, setHasConflict] = useState(false);

  const choose = (presetId: ReportingRulePresetId) => {
    setHasConflict(false);
    setRule.mutate(
      { version: overview.planVersion, body: { presetId } },
      {
        onSuccess: () => void message.success(t('dashboardScreens.reporting.ruleSaved')),
        onError: (error) => {
          if (isApiError(error, 412)) setHasConflict(true);
        },
      },
    );
  };

  return (
    <Flex vertical gap={8}>
      {hasConflict && (
        <VersionConflictAlert
          title={t('dashboardScreens.reporting.conflictTitle')}
          hint={t('dashboardScreens.reporting.conflictHint')}
          isReloading={isReloading}
          onReload={() => {
            setHasConflict(false);
            setRule.reset();
            onReload();
          }}
        />
      )}
      {setRule.isError && !hasConflict && <ErrorAlert error={setRule.error} />}
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">{t('dashboardScreens.reporting.rule')}:</Typography.Text>
        <Typography.Text strong data-testid="reporting-rule-name">
          {overview.rule?.name ?? t('dashboardScreens.reporting.noRule')}
        </Typography.Text>
        {overview.rule && overview.presetId === null && (
          <Typography.Text type="secondary">
            ({t('dashboardScreens.reporting.ruleCustom')})
          </Typography.Text>
        )}
      </Flex>
      {overview.abilities.canSetRule && (
        <Select<ReportingRulePresetId>
          data-testid="reporting-rule-select"
          // The rule's name above says it on paper; the picker is for the screen only.
          className="no-print"
          aria-label={t('dashboardScreens.reporting.choosePreset')}
          placeholder={t('dashboardScreens.reporting.choosePreset')}
          style={{ maxWidth: 560, width: '100%' }}
          options={PRESET_OPTIONS}
          value={(overview.presetId as ReportingRulePresetId | null) ?? undefined}
          loading={setRule.isPending}
          disabled={setRule.isPending}
          onChange={choose}
        />
      )}
    </Flex>
  );
}
