/** Kết quả tìm kiếm: /search?q= — the hits of every kind the user may read, grouped, each a link. */
import { Alert, Card, Empty, Flex, Input, List, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SEARCH_LIMIT_PER_KIND } from '@contract/search';
import { ErrorAlert } from '@web/components/error-alert';
import { useDocumentTitle } from '@web/lib/use-document-title';
import { isSearchable, useSearchResults } from '../api/search-api';
import { HitText, hitsOfKind, hrefOf } from '../components/hit-text';
import { SEARCH_KINDS } from '../components/search-links';

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  useDocumentTitle(t('searchScreens.pageTitle'));
  const results = useSearchResults(q);
  const data = isSearchable(q) ? results.data : undefined;
  const groups = data
    ? SEARCH_KINDS.map((kind) => ({
        kind,
        items: hitsOfKind(data, kind),
        hasMore: data[kind].hasMore,
      }))
    : [];
  const found = groups.filter((group) => group.items.length > 0);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }} data-testid="search-title">
        {q ? t('searchScreens.queryTitle', { q }) : t('searchScreens.pageTitle')}
      </Typography.Title>
      <Input.Search
        key={q}
        defaultValue={q}
        allowClear
        enterButton
        placeholder={t('searchScreens.placeholder')}
        aria-label={t('searchScreens.ariaLabel')}
        style={{ maxWidth: 560 }}
        data-testid="search-page-input"
        onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {})}
      />
      {!isSearchable(q) && <Alert type="info" showIcon message={t('searchScreens.tooShort')} />}
      {results.isError && (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      )}
      {isSearchable(q) && results.isFetching && !data && <Spin tip={t('searchScreens.loading')} />}
      {data && found.length === 0 && (
        <Empty description={t('searchScreens.nothing', { q })} data-testid="search-empty" />
      )}
      {found.map((group) => (
        <Card
          key={group.kind}
          size="small"
          title={`${t(`searchScreens.kinds.${group.kind}`)} (${group.items.length}${group.hasMore ? '+' : ''})`}
          data-testid={`search-group-${group.kind}`}
        >
          <List
            size="small"
            dataSource={group.items}
            renderItem={(item) => (
              <List.Item key={item.hit.id}>
                <Link
                  to={hrefOf(item)}
                  data-testid={`search-hit-${group.kind}`}
                  style={{ width: '100%' }}
                >
                  <HitText item={item} />
                </Link>
              </List.Item>
            )}
          />
          {group.hasMore && (
            <Typography.Text type="secondary">
              {t('searchScreens.hasMore', { count: SEARCH_LIMIT_PER_KIND })}
            </Typography.Text>
          )}
        </Card>
      ))}
    </Flex>
  );
}
