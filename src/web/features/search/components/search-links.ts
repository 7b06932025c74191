/** Where each search hit opens: the plan, the plan's task, the unit in the tree, the unit's report. */
import type { SearchResults } from '@contract/search';

type Hit<K extends 'plans' | 'tasks' | 'units' | 'reports'> = SearchResults[K]['items'][number];

/** The kinds of hit, in the order they are shown. */
export const SEARCH_KINDS = ['plans', 'tasks', 'reports', 'units'] as const;
/** One kind of hit. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The results page of a query. */
export const searchPagePath = (q: string) => `/search?q=${encodeURIComponent(q.trim())}`;

export const planHref = (hit: Hit<'plans'>) => `/plans/${hit.id}`;

/** The plan when the user may open it, else "Nhiệm vụ của đơn vị tôi" for the unit it is theirs through. */
export const taskHref = (hit: Hit<'tasks'>) =>
  hit.planReadable || !hit.unitId ? `/plans/${hit.planId}` : `/tasks?unit=${hit.unitId}`;

export const unitHref = (hit: Hit<'units'>) => `/organisations?unit=${hit.id}`;

export const reportHref = (hit: Hit<'reports'>) =>
  `/reports/${hit.planId}/${encodeURIComponent(hit.periodKey)}/${hit.organisation.id}`;
