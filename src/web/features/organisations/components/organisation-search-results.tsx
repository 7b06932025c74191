/** Kết quả tìm kiếm: the server's accent-insensitive matches as a flat list; a click selects. */
import { Empty, Spin, Tree, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@contract/organisations';
import { ErrorAlert } from '@web/components/error-alert';
import { useOrganisationList } from '@web/lib/organisation-list';
import { OrganisationLabel } from './organisation-label';

interface OrganisationSearchResultsProps {
  query: string;
  includeClosed: boolean;
  selectedId: string | null;
  onSelect: (organisation: Organisation) => void;
}

const RESULTS_HEIGHT_PX = 520;

export function OrganisationSearchResults({
  query,
  includeClosed,
  selectedId,
  onSelect,
}: OrganisationSearchResultsProps) {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useOrganisationList({ q: query, includeClosed });

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Spin />;
  if (data.length === 0) return <Empty description={t('organisations.noResults')} />;
  return (
    <div data-testid="org-search-results">
      <Typography.Text strong>{t('organisations.searchResults')}</Typography.Text>
      {/* A flat Tree: the same selection look and virtual scrolling as the tree itself. */}
      <Tree
        blockNode
        height={RESULTS_HEIGHT_PX}
        selectedKeys={selectedId ? [selectedId] : []}
        treeData={data.map((organisation) => ({
          key: organisation.id,
          isLeaf: true,
          title: (
            <span>
              <OrganisationLabel organisation={organisation} />
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`organisationType.${organisation.type}`)}
              </Typography.Text>
            </span>
          ),
        }))}
        onSelect={(_, { node }) => {
          const organisation = data.find((candidate) => candidate.id === node.key);
          if (organisation) onSelect(organisation);
        }}
      />
    </div>
  );
}
