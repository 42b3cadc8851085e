import { html, nothing, type TemplateResult } from 'lit';
import { foldText, rankDates, rankNumbers, rankTextLists, rankTexts, type SortKey } from '../../feed/compare.js';
import type { CsvCell } from '../../feed/csv.js';
import type { SoundtrackItem } from '../../feed/types.js';
import type { LocalizeController } from '../../internal/localize/localize-controller.js';
import type { TermKey } from '../../internal/localize/terms.js';
import type { SortController, SortKeyLabels } from '../../internal/sort-controller.js';

/** Every column the chart can show, in its usual order: `movement`, `peak` and `weeks` are optional. */
export const CHART_COLUMNS = ['rank', 'movement', 'album', 'artist', 'released', 'genres', 'peak', 'weeks'] as const;
export type ChartColumn = (typeof CHART_COLUMNS)[number];

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

function movementOf(item: SoundtrackItem): Movement {
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

/**
 * A column's header: a button that sorts by the column (Shift adds it as a tie-breaker), its
 * direction drawn and, for a tie-breaker, its place among the keys.
 */
export function renderHeader(
  column: ChartColumn,
  keys: readonly SortKey<ChartColumn>[],
  localize: LocalizeController,
  sorting: SortController<SoundtrackItem, ChartColumn>,
  sortBy: (column: ChartColumn, additive: boolean) => void,
): TemplateResult {
  const position = keys.findIndex((key) => key.key === column);
  const direction = position >= 0 ? keys[position].direction : undefined;
  const ariaSort = position === 0 ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return html`<th scope="col" part="header" class=${`col-${column}`} aria-sort=${ariaSort ?? nothing}>
    <button part="sort-button" type="button" class=${direction ? `sorted ${direction}` : ''} @click=${(event: MouseEvent) => sortBy(column, event.shiftKey)}>
      ${localize.term(COLUMN_TERMS[column].header)}
      ${position > 0
        ? html`<span class="visually-hidden">${localize.term('thenSortedBy', { direction: sorting.directionLabel(column, direction!) })}</span>`
        : nothing}
      <span class="indicator" aria-hidden="true">
        <svg viewBox="0 0 12 16" width="10" height="14">
          <path class="up" d="M6 1 11 6H1z" />
          <path class="down" d="M6 15 1 10h10z" />
        </svg>
        ${position > 0 ? html`<span class="key-position">${localize.number(position + 1)}</span>` : nothing}
      </span>
    </button>
  </th>`;
}

/** What every row of one render shares. */
export interface RowContext {
  readonly columns: readonly ChartColumn[];
  readonly localize: LocalizeController;
  readonly windowed: boolean;
  /** The active genre, folded once per render for comparing with every tag. */
  readonly activeGenre: string;
  /** The mark of a lost value, made once per render and shared by every cell. */
  readonly unknown: TemplateResult;
}

const rowTemplates = new Map<string, TemplateStringsArray>();

/**
 * One template for a whole row of the given columns, each cell's content a direct binding. A
 * template per cell inside an array cost each cell two more comment markers and a template
 * instance: a quarter of a row's DOM nodes (npm run bench). The strings hold markup only, never a
 * word (the narrow layout's cell labels come from custom properties on the table); built the way
 * `lit/static-html.js` builds its templates, and cached so Lit sees one template per column set.
 */
function rowTemplate(columns: readonly ChartColumn[]): TemplateStringsArray {
  const key = columns.join();
  let strings = rowTemplates.get(key);
  if (!strings) {
    // The artist names the row for screen readers, as a row header.
    const tag = (column: ChartColumn) => (column === 'artist' ? 'th' : 'td');
    const open = (column: ChartColumn) =>
      `<${tag(column)}${column === 'artist' ? ' scope="row"' : ''} part="cell cell-${column}"${column === 'album' || column === 'artist' ? ' class="feed-text"' : ''}>`;
    const list = ['<tr part="row" class=', ' aria-rowindex=', `>${open(columns[0])}`];
    for (let i = 1; i < columns.length; i++) list.push(`</${tag(columns[i - 1])}>${open(columns[i])}`);
    list.push(`</${tag(columns[columns.length - 1])}></tr>`);
    strings = Object.freeze(Object.assign(list, { raw: list })) as TemplateStringsArray;
    rowTemplates.set(key, strings);
  }
  return strings;
}

export function renderRow(item: SoundtrackItem, position: number, context: RowContext) {
  return html(
    rowTemplate(context.columns),
    position % 2 ? 'stripe' : '',
    context.windowed ? position + 2 : nothing,
    ...context.columns.map((column) => renderCell(item, column, context)),
  );
}

function renderCell(item: SoundtrackItem, column: ChartColumn, { localize, activeGenre, unknown }: RowContext) {
  switch (column) {
    case 'rank':
      return item.rank === null ? unknown : localize.plainNumber(item.rank);
    case 'album':
      if (!item.album) return unknown;
      return item.url ? html`<a href=${item.url}>${item.album}</a>` : item.album;
    case 'artist':
      return item.artist ?? unknown;
    case 'released':
      return item.released ? html`<time datetime=${item.released.iso}>${localize.date(item.released)}</time>` : unknown;
    case 'movement':
      return renderMovement(item, localize) ?? unknown;
    case 'peak':
      return item.peakRank === null ? unknown : localize.plainNumber(item.peakRank);
    case 'weeks':
      return item.weeksOnChart === null ? unknown : localize.number(item.weeksOnChart);
    case 'genres': {
      if (!item.genres.length) return unknown;
      // A label rather than a visually hidden span: one of those per tag made every row's
      // style, layout and paint measurably slower (npm run bench). Clicks are handled once, on
      // the table body.
      return html`<ul class="genres tag-list">
        ${item.genres.map(
          (genre) =>
            html`<li><button part="genre-tag" type="button" aria-label=${localize.term('showOnlyGenre', { genre })} aria-pressed=${activeGenre && foldText(genre) === activeGenre ? 'true' : 'false'}>${genre}</button></li>`,
        )}
      </ul>`;
    }
  }
}

/** A mark a reader sees ("▲3", "New") and the words a screen reader says for it ("up 3 places"). */
function renderMovement(item: SoundtrackItem, localize: LocalizeController) {
  const mark = (kind: string, visible: string, spoken: string) =>
    html`<span class="movement ${kind}"><span aria-hidden="true">${visible}</span><span class="visually-hidden">${spoken}</span></span>`;
  const movement = movementOf(item);
  if (movement === 'new') return mark('new', localize.term('movementNew'), localize.term('movementNewLabel'));
  if (movement === 'reentry') return mark('reentry', localize.term('movementReentry'), localize.term('movementReentryLabel'));
  if (movement === null) return null;
  if (movement === 0) return mark('same', '=', localize.term('movementSame'));
  const count = Math.abs(movement);
  return movement > 0
    ? mark('up', `▲${localize.number(count)}`, localize.term('movementUp', { count }))
    : mark('down', `▼${localize.number(count)}`, localize.term('movementDown', { count }));
}

/** A row of the CSV download: dates as written in the feed, genres joined by semicolons, movement as places gained (negative: lost). */
export function csvCell(item: SoundtrackItem, column: ChartColumn, localize: LocalizeController): CsvCell {
  switch (column) {
    case 'movement': {
      const movement = movementOf(item);
      return movement === 'new' ? localize.term('movementNew') : movement === 'reentry' ? localize.term('movementReentry') : movement;
    }
    case 'peak':
      return item.peakRank;
    case 'weeks':
      return item.weeksOnChart;
    case 'released':
      return item.released?.iso ?? null;
    case 'genres':
      return item.genres.length ? item.genres.join('; ') : null;
    default:
      return item[column];
  }
}
