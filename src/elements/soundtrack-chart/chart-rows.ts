import { html, nothing, type TemplateResult } from 'lit';
import { foldText, type SortKey } from '../../feed/compare.js';
import type { CsvCell } from '../../feed/csv.js';
import type { SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import type { Wording } from '../../internal/localize/wording.js';
import type { SortController } from '../../internal/sort-controller.js';
import { cssString, styleProperties } from '../../internal/style-properties.js';
import { COLUMN_TERMS, movementMark, movementOf, showsFeedText, type ChartColumn } from './chart-columns.js';

export {
  CHART_COLUMNS,
  COLUMN_TERMS,
  DEFAULT_COLUMNS,
  chosenColumns,
  filterRows,
  rankChartColumn,
  searchTextOf,
  type ChartColumn,
} from './chart-columns.js';

/** The table's caption: the feed's title (or a generic one) and when it was updated. */
export function renderCaption(feed: SoundtrackFeed, localize: Wording): TemplateResult {
  return html`<caption part="caption">
    ${feed.title ? html`<span class="feed-text">${feed.title}</span>` : localize.term('chartCaption')}${feed.updated
      ? html` <span class="updated">${localize.parts('updated', {
          date: html`<time datetime=${feed.updated.iso}>${localize.date(feed.updated)}</time>`,
        })}</span>`
      : nothing}
  </caption>`;
}

/**
 * A column's header: a button that sorts by the column (Shift adds it as a tie-breaker), its
 * direction drawn and, for a tie-breaker, its place among the keys.
 */
export function renderHeader(
  column: ChartColumn,
  keys: readonly SortKey<ChartColumn>[],
  localize: Wording,
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

/** The labels the narrow layout writes before each cell and above the sort buttons, as custom properties of the table. */
export function narrowLabels(columns: readonly ChartColumn[], localize: Wording): Record<string, string> {
  const labels: Record<string, string> = { '--_sort-by-label': cssString(localize.term('sortBy')) };
  for (const column of columns) labels[`--_label-${column}`] = cssString(localize.term(COLUMN_TERMS[column].header));
  return labels;
}

/** What every row of one render shares. */
export interface RowContext {
  readonly columns: readonly ChartColumn[];
  readonly localize: Wording;
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
      `<${tag(column)}${column === 'artist' ? ' scope="row"' : ''} part="cell cell-${column}"${showsFeedText(column) ? ' class="feed-text"' : ''}>`;
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
function renderMovement(item: SoundtrackItem, localize: Wording) {
  const mark = movementMark(item, localize);
  if (!mark) return null;
  return html`<span class="movement ${mark.kind}"><span aria-hidden="true">${mark.visible}</span><span class="visually-hidden">${mark.spoken}</span></span>`;
}

/** An empty row as tall as `count` rows a windowed table does not write, so that the scrollbar stays true. */
export function renderSpacer(count: number, columnCount: number, rowHeight: number) {
  return count > 0
    ? html`<tr class="spacer" aria-hidden="true"><td colspan=${columnCount} ${styleProperties({ height: `${count * rowHeight}px` })}></td></tr>`
    : nothing;
}

/** The CSV download of the rows at `positions`, in that order, under a row of column headers. */
export function csvRows(items: readonly SoundtrackItem[], positions: Iterable<number>, columns: readonly ChartColumn[], localize: Wording): CsvCell[][] {
  return [
    columns.map((column) => localize.term(COLUMN_TERMS[column].header)),
    ...Array.from(positions, (position) => columns.map((column) => csvCell(items[position], column, localize))),
  ];
}

/** A row of the CSV download: dates as written in the feed, genres joined by semicolons, movement as places gained (negative: lost). */
function csvCell(item: SoundtrackItem, column: ChartColumn, localize: Wording): CsvCell {
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
