/**
 * Kết quả đánh giá: choose a framework → the ranking of a unit type (export, import); a unit →
 * its gap analysis or its score entry. The choice lives in the URL (?framework=&unit=&view=).
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Select, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { exportRanking } from '@contract/results';
import { formatViNumber } from '@contract/vi-format';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { downloadFile } from '@web/lib/api-client';
import type { OrganisationTypeValue } from '@web/lib/contract-values';
import { useSignedInUser } from '@web/lib/current-user';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { useFrameworkChoices, useRanking } from '../api/results-api';
import { GapAnalysisView } from '../components/gap-analysis-view';
import { ImportResultsModal } from '../components/import-results-modal';
import { RankingPublication } from '../components/ranking-publication';
import { RankingTable } from '../components/ranking-table';
import { ResultEntryView } from '../components/result-entry-view';

export function ResultsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resultScreens.pageTitle'));
  const [search, setSearch] = useSearchParams();
  const frameworks = useFrameworkChoices();
  const frameworkId = search.get('framework');
  const unitId = search.get('unit');
  const view = search.get('view') === 'entry' ? 'entry' : 'gaps';

  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setSearch(next);
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('resultScreens.pageTitle')}
      </Typography.Title>
      <Card size="small">
        <Flex gap={12} align="center" wrap>
          <Typography.Text>{t('resultScreens.framework')}</Typography.Text>
          <Select
            style={{ minWidth: 420 }}
            data-testid="results-framework"
            placeholder={t('resultScreens.chooseFramework')}
            loading={frameworks.isPending}
            value={frameworkId ?? undefined}
            onChange={(id: string) => go({ framework: id, unit: null, view: null, type: null })}
            options={(frameworks.data ?? []).map((framework) => ({
              value: framework.id,
              label: `${framework.name} (${framework.code})`,
            }))}
          />
        </Flex>
      </Card>
      {frameworks.isError && <ErrorAlert error={frameworks.error} />}
      {frameworks.data?.length === 0 && (
        <Alert type="info" title={t('resultScreens.noFrameworks')} />
      )}
      {frameworkId && unitId && (
        <>
          <Button
            style={{ alignSelf: 'flex-start' }}
            icon={<ArrowLeftOutlined />}
            data-testid="results-back"
            onClick={() => go({ unit: null, view: null })}
          >
            {t('resultScreens.back')}
          </Button>
          {view === 'entry' ? (
            <ResultEntryView frameworkId={frameworkId} organisationId={unitId} />
          ) : (
            <GapAnalysisView frameworkId={frameworkId} organisationId={unitId} />
          )}
        </>
      )}
      {frameworkId && !unitId && frameworks.data && (
        <RankingPanel
          frameworkId={frameworkId}
          unitTypes={
            frameworks.data.find((framework) => framework.id === frameworkId)?.unitTypes ?? []
          }
          unitType={search.get('type')}
          onUnitType={(type) => go({ type })}
          onOpenGaps={(id) => go({ unit: id, view: 'gaps' })}
          onOpenEntry={(id) => go({ unit: id, view: 'entry' })}
        />
      )}
    </Flex>
  );
}

interface RankingPanelProps {
  frameworkId: string;
  unitTypes: OrganisationTypeValue[];
  unitType: string | null;
  onUnitType: (type: string) => void;
  onOpenGaps: (organisationId: string) => void;
  onOpenEntry: (organisationId: string) => void;
}

function RankingPanel({
  frameworkId,
  unitTypes,
  unitType,
  onUnitType,
  onOpenGaps,
  onOpenEntry,
}: RankingPanelProps) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const [isImporting, setIsImporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  // The viewpoint is where the user's role is held; a unit the framework ranks reads its peers.
  const viewpoint = me.roles[0] ?? {
    organisationId: me.homeOrganisation.id,
    organisationType: me.homeOrganisation.type,
  };
  const isPeerView = unitTypes.includes(viewpoint.organisationType);
  const chosenType = unitTypes.find((type) => type === unitType) ?? unitTypes[0];
  const query = {
    organisationId: viewpoint.organisationId,
    unitType: isPeerView ? undefined : chosenType,
  };
  const ranking = useRanking(frameworkId, query);

  const exportFile = async () => {
    setExportError(null);
    try {
      await downloadFile(exportRanking, { params: { id: frameworkId }, query });
    } catch (error) {
      setExportError(error);
    }
  };

  return (
    <Card
      title={t('resultScreens.ranking.title')}
      extra={
        <Flex gap={8} wrap>
          {!isPeerView && unitTypes.length > 1 && (
            <Select
              style={{ minWidth: 220 }}
              value={chosenType}
              onChange={onUnitType}
              options={unitTypes.map((type) => ({
                value: type,
                label: t(`organisationType.${type}`),
              }))}
            />
          )}
          <Button
            icon={<UploadOutlined />}
            data-testid="results-import"
            onClick={() => setIsImporting(true)}
          >
            {t('resultScreens.importResults')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            data-testid="ranking-export"
            onClick={() => void exportFile()}
          >
            {t('resultScreens.exportExcel')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {exportError !== null && <ErrorAlert error={exportError} />}
        {ranking.isPending && <FullPageSpinner />}
        {ranking.isError && <ErrorAlert error={ranking.error} />}
        {ranking.data && (
          <>
            <Typography.Text type="secondary" data-testid="ranking-summary">
              {t('resultScreens.ranking.rankedCount', {
                count: formatViNumber(ranking.data.rankedCount),
              })}
              {ranking.data.previousFramework &&
                ` · ${t('resultScreens.ranking.previous', { name: ranking.data.previousFramework.name })}`}
            </Typography.Text>
            <RankingPublication publication={ranking.data.publication} />
            <RankingTable
              ranking={ranking.data}
              onOpenGaps={onOpenGaps}
              onOpenEntry={onOpenEntry}
            />
          </>
        )}
      </Flex>
      {isImporting && (
        <ImportResultsModal frameworkId={frameworkId} onClose={() => setIsImporting(false)} />
      )}
    </Card>
  );
}
