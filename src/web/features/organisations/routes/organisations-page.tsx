/** Đơn vị: the organisation tree with search on the left, the selected unit's details on the right. */
import { useMemo, useState } from 'react';
import { Button, Card, Col, Flex, Input, Row, Switch, Typography } from 'antd';
import { ImportOutlined, SearchOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@web/components/error-alert';
import { FullPageSpinner } from '@web/components/full-page-spinner';
import { useSignedInUser } from '@web/lib/current-user';
import { useDebouncedValue } from '@web/lib/use-debounced-value';
import { useOrganisationList, useOrganisationListAbilities } from '@web/lib/organisation-list';
import { buildOrganisationTree, listAncestorIds } from '@web/lib/organisation-tree';
import { OrganisationTree } from '../components/organisation-tree';
import { OrganisationSearchResults } from '../components/organisation-search-results';
import { OrganisationDetailPanel } from '../components/organisation-detail-panel';
import { ImportOrganisationsModal } from '../components/import-organisations-modal';

const FALLBACK_TEMPLATE_PARENT_CODE = 'MA-DON-VI-CAP-TREN';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  // The selected unit lives in the URL (?unit=…) so a link or the back button reopens it.
  const [searchParams, setSearchParams] = useSearchParams();
  const selectedId = searchParams.get('unit') ?? me.homeOrganisation.id;
  const [searchText, setSearchText] = useState('');
  const query = useDebouncedValue(searchText.trim());
  const [showClosed, setShowClosed] = useState(false);
  const [chosenExpandedIds, setChosenExpandedIds] = useState<string[] | null>(null);
  const [isImporting, setImporting] = useState(false);
  const {
    data: organisations = [],
    isPending,
    error,
    refetch,
  } = useOrganisationList({ includeClosed: showClosed });
  const abilities = useOrganisationListAbilities({ includeClosed: showClosed });

  const rootIds = useMemo(
    () => buildOrganisationTree(organisations).map((node) => node.organisation.id),
    [organisations],
  );
  const expandedIds = chosenExpandedIds ?? [
    ...rootIds,
    ...listAncestorIds(organisations, selectedId),
  ];

  // A unit created a moment ago is not in the list yet, so its parent is passed along.
  const select = (id: string, parentId?: string | null) => {
    setSearchParams({ unit: id }, { replace: true });
    const ancestors = parentId
      ? [parentId, ...listAncestorIds(organisations, parentId)]
      : listAncestorIds(organisations, id);
    setChosenExpandedIds((current) => [...new Set([...(current ?? expandedIds), ...ancestors])]);
  };

  const templateParentCode =
    organisations.find((organisation) => organisation.id === selectedId)?.code ??
    organisations.find((organisation) => organisation.id === rootIds[0])?.code ??
    FALLBACK_TEMPLATE_PARENT_CODE;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('organisations.pageTitle')}
        </Typography.Title>
        {abilities?.canImport && (
          <Button
            data-testid="org-import"
            icon={<ImportOutlined />}
            onClick={() => setImporting(true)}
          >
            {t('organisationImport.button')}
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Flex vertical gap={12}>
              <Input
                data-testid="org-search"
                allowClear
                prefix={<SearchOutlined />}
                placeholder={t('organisations.searchPlaceholder')}
                value={searchText}
                onChange={(event) => setSearchText(event.target.value)}
              />
              <Flex gap={8} align="center">
                <Switch
                  size="small"
                  id="org-show-closed"
                  checked={showClosed}
                  onChange={setShowClosed}
                />
                <label htmlFor="org-show-closed">{t('organisations.showClosed')}</label>
              </Flex>
              {query !== '' ? (
                <OrganisationSearchResults
                  query={query}
                  includeClosed={showClosed}
                  selectedId={selectedId}
                  onSelect={(organisation) => select(organisation.id)}
                />
              ) : error ? (
                <ErrorAlert error={error} onRetry={() => void refetch()} />
              ) : isPending ? (
                <FullPageSpinner />
              ) : (
                <OrganisationTree
                  organisations={organisations}
                  selectedId={selectedId}
                  expandedIds={expandedIds}
                  onExpand={setChosenExpandedIds}
                  onSelect={(id) => select(id)}
                />
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <OrganisationDetailPanel organisationId={selectedId} onSelect={select} />
        </Col>
      </Row>
      {isImporting && (
        <ImportOrganisationsModal
          exampleParentCode={templateParentCode}
          onClose={() => setImporting(false)}
        />
      )}
    </Flex>
  );
}
