/** What one search hit says, the same in the header's dropdown and on the results page. */
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '@contract/search';
import { formatViDate } from '@contract/vi-format';
import { planHref, reportHref, taskHref, unitHref, type SearchKind } from './search-links';

/** One hit of any kind, with where it opens. */
export type AnyHit =
  | { kind: 'plans'; hit: SearchResults['plans']['items'][number] }
  | { kind: 'tasks'; hit: SearchResults['tasks']['items'][number] }
  | { kind: 'reports'; hit: SearchResults['reports']['items'][number] }
  | { kind: 'units'; hit: SearchResults['units']['items'][number] };

/** The hits of one kind, tagged with it. */
export function hitsOfKind(results: SearchResults, kind: SearchKind): AnyHit[] {
  return results[kind].items.map((hit) => ({ kind, hit }) as AnyHit);
}

/** Where a hit opens. */
export function hrefOf(item: AnyHit): string {
  switch (item.kind) {
    case 'plans':
      return planHref(item.hit);
    case 'tasks':
      return taskHref(item.hit);
    case 'reports':
      return reportHref(item.hit);
    case 'units':
      return unitHref(item.hit);
  }
}

/** The hit's title line and a secondary line. */
export function HitText({ item }: { item: AnyHit }) {
  const { t } = useTranslation();
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
      {text}
    </Typography.Text>
  );
  switch (item.kind) {
    case 'plans':
      return (
        <Flex vertical>
          <Typography.Text ellipsis>
            {item.hit.documentNumber} — {item.hit.title}
          </Typography.Text>
          {secondary(
            `${item.hit.organisation.name} · ${t('searchScreens.planYear', { year: item.hit.year })} · ${t(`planScreens.planStatus.${item.hit.status}`)}`,
          )}
        </Flex>
      );
    case 'tasks':
      return (
        <Flex vertical>
          <Typography.Text ellipsis>{item.hit.content}</Typography.Text>
          {secondary(
            [
              t('searchScreens.taskOfPlan', {
                plan: `${item.hit.plan.documentNumber} — ${item.hit.plan.title}`,
              }),
              item.hit.lead ? t('searchScreens.taskLead', { unit: item.hit.lead.name }) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          )}
        </Flex>
      );
    case 'reports':
      return (
        <Flex vertical>
          <Typography.Text ellipsis>
            {t('searchScreens.reportOf', {
              unit: item.hit.organisation.name,
              period: item.hit.periodLabel,
            })}
          </Typography.Text>
          {secondary(
            `${item.hit.plan.documentNumber} — ${item.hit.plan.title} · ${t(`reportScreens.submissionStatus.${item.hit.status}`)}`,
          )}
        </Flex>
      );
    case 'units':
      return (
        <Flex vertical>
          <Flex gap={8} align="center">
            <Typography.Text ellipsis>{item.hit.name}</Typography.Text>
            {item.hit.closedOn && (
              <Tag>{t('searchScreens.closedUnit', { date: formatViDate(item.hit.closedOn) })}</Tag>
            )}
          </Flex>
          {secondary(`${item.hit.code} · ${t(`organisationType.${item.hit.type}`)}`)}
        </Flex>
      );
  }
}
