import { rankNumbers, rankTexts } from '../../feed/compare.js';
import type { SoundtrackItem } from '../../feed/types.js';
import type { SortEventDetail } from '../../internal/events.js';
import type { SortKeyLabels, SortOptions } from '../../internal/sort-controller.js';

/** The keys the `sort` attribute understands. */
export type ListSortKey = 'rank' | 'film' | 'year' | 'gap';

export type ListSortEventDetail = SortEventDetail<ListSortKey>;

export const LIST_SORT_KEYS: readonly ListSortKey[] = ['rank', 'film', 'year', 'gap'];

/** How each sort reads in the menu and in the announcement ("Sorted by film title, A to Z"). */
export const LIST_SORT_TERMS: Record<ListSortKey, SortKeyLabels> = {
  rank: { name: 'sortNamePosition', asc: 'directionFirstToLast', desc: 'directionLastToFirst' },
  film: { name: 'sortNameFilm', asc: 'directionAToZ', desc: 'directionZToA' },
  year: { name: 'sortNameYear', asc: 'directionOldestFirst', desc: 'directionNewestFirst' },
  gap: { name: 'sortNameGap', asc: 'directionBiggestFirst', desc: 'directionSmallestFirst' },
};

/** The soundtrack's lead over the film, as a share of the rating scale; `null` without ratings. */
function ratingGap(item: SoundtrackItem): number | null {
  const { ratings } = item;
  return ratings ? (ratings.soundtrack - ratings.film) / ratings.scale : null;
}

export function rankEntries(items: readonly SoundtrackItem[], key: ListSortKey, lang: string): Int32Array {
  switch (key) {
    case 'rank':
      return rankNumbers(items.map((item) => item.rank));
    case 'film':
      return rankTexts(items.map((item) => item.film), lang);
    case 'year':
      return rankNumbers(items.map((item) => item.filmYear));
    case 'gap':
      // Ascending means "biggest gap first", the order a reader of this list expects.
      return rankNumbers(
        items.map((item) => {
          const gap = ratingGap(item);
          return gap === null ? null : -gap;
        }),
      );
  }
}

/** Everything the list's `SortController` needs but the announcement: the order is the same on the page and in the static fallback. */
export const LIST_SORT: Omit<SortOptions<SoundtrackItem, ListSortKey>, 'announce'> = {
  keys: LIST_SORT_KEYS,
  rank: rankEntries,
  labels: LIST_SORT_TERMS,
  fallback: [{ key: 'rank', direction: 'asc' }],
  usable: (key, items) => key !== 'gap' || items.some((item) => item.ratings),
};

/** How many entries show before "Show all": the `limit` when it is a positive number, else every one. */
export const entriesShown = (limit: number | null, count: number): number => (limit && limit > 0 ? Math.floor(limit) : count);
