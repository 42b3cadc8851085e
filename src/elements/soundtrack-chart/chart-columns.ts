import { foldText, rankDates, rankNumbers, rankTextLists, rankTexts } from '../../feed/compare.js';
import type { SoundtrackItem } from '../../feed/types.js';
import type { TermKey } from '../../internal/localize/terms.js';
import type { Wording } from '../../internal/localize/wording.js';
import type { SortKeyLabels } from '../../internal/sort-controller.js';

// The chart's columns and their rules without a DOM: shared by the element's rows
// (chart-rows.ts) and the static fallback (src/render/).

/** Every column the chart can show, in its usual order: `movement`, `peak` and `weeks` are optional. */
export const CHART_COLUMNS = ['rank', 'movement', 'album', 'artist', 'released', 'genres', 'peak', 'weeks'] as const;
export type ChartColumn = (typeof CHART_COLUMNS)[number];

/** Whether a column's cells show the feed's own text (names and titles), which keeps its own direction. */
export const showsFeedText = (column: ChartColumn): boolean => column === 'album' || column === 'artist';

/** The columns shown without a `columns` attribute. */
export const DEFAULT_COLUMNS: readonly ChartColumn[] = ['rank', 'album', 'artist', 'released', 'genres'];

/** Each column's header and how a sort by it reads. */
export const COLUMN_TERMS: Record<ChartColumn, SortKeyLabels & { header: TermKey }> = {
  rank: { header: 'columnRank', name: 'sortNameRank', asc: 'directionTopFirst', desc: 'directionBottomFirst' },
  album: { header: 'columnAlbum', name: 'sortNameAlbum', asc: 'directionAToZ', desc: 'directionZToA' },
  artist: { header: 'columnArtist', name: 'sortNameArtist', asc: 'directionAToZ', desc: 'directionZToA' },
  released: { header: 'columnReleased', name: 'sortNameReleased', asc: 'directionOldestFirst', desc: 'directionNewestFirst' },
  genres: { header: 'columnGenres', name: 'sortNameGenres', asc: 'directionAToZ', desc: 'directionZToA' },
  movement: { header: 'columnMovement', name: 'sortNameMovement', asc: 'directionBiggestRiseFirst', desc: 'directionBiggestFallFirst' },
  peak: { header: 'columnPeak', name: 'sortNamePeak', asc: 'directionTopFirst', desc: 'directionBottomFirst' },
  weeks: { header: 'columnWeeks', name: 'sortNameWeeks', asc: 'directionFewestFirst', desc: 'directionMostFirst' },
};

/** How an item moved since last week: new, back, or places gained (negative: lost); `null` when not known. */
type Movement = 'new' | 'reentry' | number | null;

export function movementOf(item: SoundtrackItem): Movement {
  if (item.newEntry) return 'new';
  if (item.reentry) return 'reentry';
  return item.previousRank !== null && item.rank !== null ? item.previousRank - item.rank : null;
}

/** New entries, then re-entries, sort together beyond every move; unknown moves last (rankValues). */
const NEW_ENTRY = Number.MAX_SAFE_INTEGER;
const REENTRY = NEW_ENTRY - 1;

/** Movement as one number that orders "biggest rise first" ascending. */
function movementOrder(item: SoundtrackItem): number | null {
  const movement = movementOf(item);
  return movement === 'new' ? NEW_ENTRY : movement === 'reentry' ? REENTRY : movement === null ? null : -movement;
}

/** One column's values ranked in `lang`'s order, for the sort controller. */
export function rankChartColumn(items: readonly SoundtrackItem[], column: ChartColumn, lang: string): Int32Array {
  switch (column) {
    case 'rank':
      return rankNumbers(items.map((item) => item.rank));
    case 'album':
    case 'artist':
      return rankTexts(items.map((item) => item[column]), lang);
    case 'released':
      return rankDates(items.map((item) => item.released));
    case 'genres':
      return rankTextLists(items.map((item) => item.genres), lang);
    case 'movement':
      return rankNumbers(items.map(movementOrder));
    case 'peak':
      return rankNumbers(items.map((item) => item.peakRank));
    case 'weeks':
      return rankNumbers(items.map((item) => item.weeksOnChart));
  }
}

/** The columns a `columns` attribute names, in its order; every column when it names none. */
export function chosenColumns(attribute: string): ChartColumn[] {
  const names = attribute.split(',').map((name) => name.trim().toLowerCase());
  const chosen = CHART_COLUMNS.filter((column) => names.includes(column)).sort((a, b) => names.indexOf(a) - names.indexOf(b));
  return chosen.length ? chosen : [...DEFAULT_COLUMNS];
}

/**
 * The rows of `order` that show `genre` (folded, as sorting folds) and whose artist or album
 * contains `query`. `searchText` is the folded artist and album of each item, made once per feed.
 */
export function filterRows(
  items: readonly SoundtrackItem[],
  order: Uint32Array,
  genre: string,
  query: string,
  searchText: () => readonly string[],
): Uint32Array {
  const wantedGenre = foldText(genre.trim());
  const wantedText = foldText(query.trim());
  if (!wantedGenre && !wantedText) return order;
  const text = wantedText ? searchText() : [];
  return order.filter((position) => {
    if (wantedGenre && !items[position].genres.some((name) => foldText(name) === wantedGenre)) return false;
    return !wantedText || text[position].includes(wantedText);
  });
}

/** The folded text the search box matches against: each item's artist and album. */
export const searchTextOf = (items: readonly SoundtrackItem[]): string[] =>
  items.map((item) => foldText([item.artist, item.album].filter(Boolean).join('\n')));

/** How a move reads: the mark a reader sees ("▲3", "New") and the words a screen reader says ("up 3 places"); `null` when not known. */
export function movementMark(item: SoundtrackItem, wording: Wording): { kind: string; visible: string; spoken: string } | null {
  const movement = movementOf(item);
  if (movement === 'new') return { kind: 'new', visible: wording.term('movementNew'), spoken: wording.term('movementNewLabel') };
  if (movement === 'reentry') return { kind: 'reentry', visible: wording.term('movementReentry'), spoken: wording.term('movementReentryLabel') };
  if (movement === null) return null;
  if (movement === 0) return { kind: 'same', visible: '=', spoken: wording.term('movementSame') };
  const count = Math.abs(movement);
  return movement > 0
    ? { kind: 'up', visible: `▲${wording.number(count)}`, spoken: wording.term('movementUp', { count }) }
    : { kind: 'down', visible: `▼${wording.number(count)}`, spoken: wording.term('movementDown', { count }) };
}
