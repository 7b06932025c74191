/**
 * Chỉ tiêu theo chỉ số: for a chosen unit and year, each current plan with its targets grouped by
 * index, met / not met / not yet known from the results. Unit and year live in the address
 * (?organisationId=…&year=…), so the plan page can link here; the signed-in user's unit and this
 * year by default.
 */
import { Alert, Card, Flex, InputNumber, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { OrganisationTreeSelect } from '@web/components/organisation-tree-select';
import { useSignedInUser } from '@web/lib/current-user';
import { today } from '@web/lib/dates';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useUnitPlanTargets } from '../api/plan-targets-api';
import { PlanTargetsCard } from '../components/plan-targets-card';

function yearFrom(text: string | null, fallback: number): number {
  const year = Number(text);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback;
}

export function TargetsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('targetScreens.dashboard.pageTitle'));
  const me = useSignedInUser();
  const [search, setSearch] = useSearchParams();
  const organisationId = search.get('organisationId') ?? me.homeOrganisation.id;
  const year = yearFrom(search.get('year'), today().year());
  const targets = useUnitPlanTargets(organisationId, year);

  const go = (changes: { organisationId?: string | null; year?: number | null }) => {
    const next = new URLSearchParams(search);
    if (changes.organisationId !== undefined) {
      if (changes.organisationId === null) next.delete('organisationId');
      else next.set('organisationId', changes.organisationId);
    }
    if (changes.year !== undefined) {
      if (changes.year === null) next.delete('year');
      else next.set('year', String(changes.year));
    }
    setSearch(next);
  };

  return (
    <Flex vertical gap={16}>
      <Link to="/plans">
        <ArrowLeftOutlined /> {t('targetScreens.dashboard.back')}
      </Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('targetScreens.dashboard.pageTitle')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <Typography.Text>{t('targetScreens.dashboard.unit')}</Typography.Text>
          <OrganisationTreeSelect
            style={{ minWidth: 320 }}
            data-testid="targets-unit"
            allowClear={false}
            validInYear={year}
            value={organisationId}
            onChange={(id?: string) => go({ organisationId: id ?? null })}
          />
          <Typography.Text>{t('targetScreens.dashboard.year')}</Typography.Text>
          <InputNumber
            aria-label={t('targetScreens.dashboard.year')}
            data-testid="targets-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => go({ year: value ?? null })}
          />
        </Flex>
      </Card>
      {targets.isPending && targets.fetchStatus !== 'idle' && <FullPageSpinner />}
      {targets.isError && (
        <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />
      )}
      {targets.data?.items.length === 0 && (
        <Alert type="info" showIcon title={t('targetScreens.dashboard.noPlans')} />
      )}
      {targets.data?.items.map((entry) => (
        <PlanTargetsCard key={entry.plan.id} entry={entry} />
      ))}
    </Flex>
  );
}
