/**
 * Ô tìm kiếm in the header: typing (debounced) lists the first hits grouped by kind; choosing one
 * opens it; Enter on the first entry, "Xem tất cả kết quả", opens the results page /search?q=.
 */
import { useMemo, useState } from 'react';
import { AutoComplete, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@web/lib/use-debounced-value';
import { isSearchable, useSearchResults } from '../api/search-api';
import { HitText, hitsOfKind, hrefOf } from './hit-text';
import { SEARCH_KINDS, searchPagePath } from './search-links';

const SEE_ALL = 'search:all';

export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text, 300);
  const results = useSearchResults(debounced);

  const options = useMemo(() => {
    if (!isSearchable(text)) return [];
    const seeAll = {
      value: SEE_ALL,
      label: (
        <Typography.Link data-testid="header-search-all">
          {t('searchScreens.seeAll', { q: text.trim() })}
        </Typography.Link>
      ),
    };
    const data = isSearchable(debounced) ? results.data : undefined;
    if (!data) return [seeAll];
    const groups = SEARCH_KINDS.map((kind) => ({
      kind,
      items: hitsOfKind(data, kind),
    }))
      .filter((group) => group.items.length > 0)
      .map((group) => ({
        label: (
          <span data-testid={`header-search-group-${group.kind}`}>
            {t(`searchScreens.kinds.${group.kind}`)}
          </span>
        ),
        options: group.items.map((item) => ({
          value: `${item.kind}:${item.hit.id}:${hrefOf(item)}`,
          label: (
            <div data-testid={`header-search-hit-${item.kind}`}>
              <HitText item={item} />
            </div>
          ),
        })),
      }));
    return [seeAll, ...groups];
  }, [text, debounced, results.data, t]);

  const open = (value: string) => {
    const target = value === SEE_ALL ? searchPagePath(text) : value.split(':').slice(2).join(':');
    setText('');
    void navigate(target);
  };

  // The header's 64 px line height would stretch the input to the header's full height.
  return (
    <div style={{ lineHeight: 'normal', display: 'flex', alignItems: 'center' }}>
      <AutoComplete
        value={text}
        options={options}
        onChange={(value: string) => setText(value)}
        onSelect={(value: string) => open(value)}
        // Enter without choosing opens the first entry, "Xem tất cả kết quả" (off by default for a combobox).
        defaultActiveFirstOption
        popupMatchSelectWidth={520}
        style={{ width: 340, maxWidth: '40vw' }}
        data-testid="header-search"
      >
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('searchScreens.placeholder')}
          aria-label={t('searchScreens.ariaLabel')}
          data-testid="header-search-input"
        />
      </AutoComplete>
    </div>
  );
}
