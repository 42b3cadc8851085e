import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  foldText,
  formatSort,
  parseSort,
  rankDates,
  rankNumbers,
  rankTextLists,
  rankTexts,
  SortIndex,
  type SortDirection,
  type SortKey,
} from '../../feed/compare.js';
import { toCsv, type CsvCell } from '../../feed/csv.js';
import { formatPartialDate } from '../../feed/dates.js';
import type { SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import { FeedElement, type SortEventDetail } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { styles } from './soundtrack-chart.styles.js';
import { styleProperties } from '../../internal/style-properties.js';
import { formatCount } from '../../internal/locale.js';
import { memoize } from '../../internal/memoize.js';
import { unknownValue } from '../../internal/unknown.js';

/** The chart's columns, in their default order. */
export const CHART_COLUMNS = ['rank', 'album', 'artist', 'released', 'genres'] as const;
export type ChartColumn = (typeof CHART_COLUMNS)[number];

export type ChartSortEventDetail = SortEventDetail<ChartColumn>;

const COLUMN_TEXT: Record<ChartColumn, { label: string; asc: string; desc: string }> = {
  rank: { label: 'Rank', asc: 'top first', desc: 'bottom first' },
  album: { label: 'Album', asc: 'A to Z', desc: 'Z to A' },
  artist: { label: 'Artist', asc: 'A to Z', desc: 'Z to A' },
  released: { label: 'Released', asc: 'oldest first', desc: 'newest first' },
  genres: { label: 'Genres', asc: 'A to Z', desc: 'Z to A' },
};

/** Above this many rows only the rows near the viewport are in the DOM. */
const WINDOW_THRESHOLD = 200;
/** Rows rendered beyond each edge of the viewport while windowing. */
const OVERSCAN = 10;
/** The window moves in steps of this many rows, so small scrolls do not re-render. */
const WINDOW_STEP = 8;
const INITIAL_WINDOW = 40;
const ESTIMATED_ROW_HEIGHT = 48;

function rankColumn(items: readonly SoundtrackItem[], column: ChartColumn, locale: string): Int32Array {
  switch (column) {
    case 'rank':
      return rankNumbers(items.map((item) => item.rank));
    case 'album':
    case 'artist':
      return rankTexts(items.map((item) => item[column]), locale);
    case 'released':
      return rankDates(items.map((item) => item.released));
    case 'genres':
      return rankTextLists(items.map((item) => item.genres), locale);
  }
}

/**
 * What sorting and searching one feed's items reuse, computed once per feed and locale: the sort
 * index (each column ranked once, the only place the collator runs) and the folded search text.
 */
class ChartIndex extends SortIndex<SoundtrackItem, ChartColumn> {
  private searchText: string[] | undefined;

  constructor(items: readonly SoundtrackItem[], locale: string) {
    super(items, (column) => rankColumn(items, column, locale));
  }

  filter(order: Uint32Array, genre: string, query: string): Uint32Array {
    const wantedGenre = foldText(genre.trim());
    const wantedText = foldText(query.trim());
    if (!wantedGenre && !wantedText) return order;
    const searchText = wantedText ? this.foldedSearchText() : [];
    return order.filter((position) => {
      const item = this.items[position];
      if (wantedGenre && !item.genres.some((name) => foldText(name) === wantedGenre)) return false;
      return !wantedText || searchText[position].includes(wantedText);
    });
  }

  private foldedSearchText(): string[] {
    this.searchText ??= this.items.map((item) => foldText([item.artist, item.album].filter(Boolean).join('\n')));
    return this.searchText;
  }
}

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');

/** What every row of one render shares. */
interface RowContext {
  readonly columns: readonly ChartColumn[];
  readonly locale: string;
  readonly windowed: boolean;
  /** The active genre, folded once per render for comparing with every tag. */
  readonly activeGenre: string;
}

const rowTemplates = new Map<string, TemplateStringsArray>();

/**
 * One template for a whole row of the given columns, each cell's content a direct binding. A
 * template per cell inside an array cost each cell two more comment markers and a template
 * instance: a quarter of a row's DOM nodes (npm run bench). The strings are ours, never a feed's;
 * built the way `lit/static-html.js` builds its templates, and cached so Lit sees one template per
 * column set.
 */
function rowTemplate(columns: readonly ChartColumn[]): TemplateStringsArray {
  const key = columns.join();
  let strings = rowTemplates.get(key);
  if (!strings) {
    // The artist names the row for screen readers, as a row header.
    const tag = (column: ChartColumn) => (column === 'artist' ? 'th' : 'td');
    const open = (column: ChartColumn) =>
      `<${tag(column)}${column === 'artist' ? ' scope="row"' : ''} part="cell cell-${column}" data-label="${COLUMN_TEXT[column].label}">`;
    const list = ['<tr part="row" class=', ' aria-rowindex=', `>${open(columns[0])}`];
    for (let i = 1; i < columns.length; i++) list.push(`</${tag(columns[i - 1])}>${open(columns[i])}`);
    list.push(`</${tag(columns[columns.length - 1])}></tr>`);
    strings = Object.freeze(Object.assign(list, { raw: list })) as TemplateStringsArray;
    rowTemplates.set(key, strings);
  }
  return strings;
}

const unknown = unknownValue();

/**
 * @summary A sortable, filterable chart of soundtrack albums from a JSON Feed: rank, album, artist,
 * release date and genres, as a real table that turns into labelled cards in narrow containers.
 * @tag soundtrack-chart
 *
 * @event st-load - The feed loaded. detail: `{ feed, items, skipped, warnings }`.
 * @event st-error - The feed could not be loaded. detail: `{ error, message }`.
 * @event st-sort - The reader sorted the chart. detail: `{ key, direction, keys }` (the column, its
 * new direction, and every sort key, primary first).
 *
 * @csspart base - The wrapper of every state.
 * @csspart toolbar - The row above the table holding the search box, the count and the buttons.
 * @csspart search-input - The search box (with the `searchable` attribute).
 * @csspart count - "Showing 12 of 100".
 * @csspart clear-filter - The button that clears the genre filter and the search.
 * @csspart download - The "Download CSV" button (with the `downloadable` attribute).
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption: the feed title and its updated date.
 * @csspart header - Each column header cell (`<th>`).
 * @csspart sort-button - The button inside each column header.
 * @csspart row - Each body row.
 * @csspart cell - Each body cell.
 * @csspart cell-rank - The rank cells.
 * @csspart cell-album - The album cells.
 * @csspart cell-artist - The artist cells.
 * @csspart cell-released - The release date cells.
 * @csspart cell-genres - The genre cells.
 * @csspart genre-tag - A genre button; activating it filters the chart to that genre.
 * @csspart loading - The placeholder shown while the feed loads, sized like the expected rows.
 * @csspart error - The error message.
 * @csspart retry - The error's "Try again" button.
 * @csspart empty - The message for an empty feed or a filter that matches nothing.
 *
 * @cssproperty [--st-color-text=inherit] - Text colour.
 * @cssproperty [--st-color-muted=currentColor at 68%] - Secondary text: dashes, dates, the count.
 * @cssproperty [--st-color-border=currentColor at 18%] - Rules between rows and around controls.
 * @cssproperty [--st-color-surface=transparent] - Background of the element.
 * @cssproperty [--st-color-surface-raised=currentColor at 5%] - Background of buttons and cards.
 * @cssproperty [--st-color-accent=#2f5fd0] - Sort indicators, the active genre, hover borders.
 * @cssproperty [--st-color-accent-text=#fff] - Text on the accent colour.
 * @cssproperty [--st-color-tag=accent at 12%] - Background of genre tags.
 * @cssproperty [--st-color-focus=var(--st-color-accent)] - Focus ring.
 * @cssproperty [--st-color-error=#c62828] - Border of the error message.
 * @cssproperty [--st-loading-height=12rem] - Least height of the loading placeholder.
 * @cssproperty [--st-radius=0.5rem] - Corner radius of controls and cards.
 * @cssproperty [--st-space=1rem] - Base spacing.
 * @cssproperty [--st-font-size=1rem] - Base font size.
 * @cssproperty [--st-font-family=inherit] - Font.
 * @cssproperty [--st-line-height=1.5] - Line height.
 * @cssproperty [--st-header-background=the surface (or the inverse of the text colour) with 5% text colour] - Background of the (sticky) header row; opaque so rows scroll under it, and dark under light text even on a page that does not declare `color-scheme`.
 * @cssproperty [--st-header-text=inherit] - Text colour of the header row.
 * @cssproperty [--st-row-stripe=currentColor at 3%] - Background of every other row.
 * @cssproperty [--st-row-hover=currentColor at 6%] - Background of the row under the pointer.
 * @cssproperty [--st-row-height=3rem] - Minimum height of a row; the loading placeholder uses it too.
 * @cssproperty [--st-cell-padding=0.5rem 0.75rem] - Padding of each cell.
 * @cssproperty [--st-header-offset=0px] - Distance of the sticky header from the top of the viewport (for a fixed site header).
 */
export class SoundtrackChart extends FeedElement {
  static override styles = [sharedStyles, styles];

  /** Columns to show, in order, comma-separated: any of `rank`, `album`, `artist`, `released`, `genres`. */
  @property() columns = CHART_COLUMNS.join(',');

  /** Sort order: `artist`, `released:desc`, or several keys `genres,artist:desc`. Unset keeps feed order. */
  @property({ reflect: true }) sort: string | null = null;

  /** Shows only albums of this genre. */
  @property({ reflect: true }) genre: string | null = null;

  /** Adds a search box that filters by artist and album. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Adds a "Download CSV" button for the rows shown, in their order. */
  @property({ type: Boolean, reflect: true }) downloadable = false;

  /** How many rows the loading placeholder makes room for, so nothing shifts when they arrive. */
  @property({ type: Number, attribute: 'loading-rows' }) loadingRows = 10;

  /** The search box's text. */
  @state() private query = '';
  /** First row in the DOM while windowing. */
  @state() private windowStart = 0;
  /** How many rows are in the DOM while windowing. */
  @state() private windowSize = INITIAL_WINDOW;

  /** Measured height of one row, for the space that stands in for rows outside the window. */
  private rowHeight = ESTIMATED_ROW_HEIGHT;
  private frame = 0;
  private afterPaint: ReturnType<typeof setTimeout> | undefined;
  private searchAnnouncement: ReturnType<typeof setTimeout> | undefined;

  private readonly chartIndex = memoize((items: readonly SoundtrackItem[], locale: string) => new ChartIndex(items, locale));
  private readonly sortedRows = memoize((index: ChartIndex, sort: string) => index.order(parseSort(sort, CHART_COLUMNS)));
  private readonly filteredRows = memoize((index: ChartIndex, order: Uint32Array, genre: string, query: string) =>
    index.filter(order, genre, query),
  );
  private readonly shownColumns = memoize((columns: string): ChartColumn[] => {
    const names = columns.split(',').map((name) => name.trim().toLowerCase());
    const chosen = CHART_COLUMNS.filter((column) => names.includes(column)).sort((a, b) => names.indexOf(a) - names.indexOf(b));
    return chosen.length ? chosen : [...CHART_COLUMNS];
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Browsers fire scroll and resize at most once a frame, so the window follows them directly.
    document.addEventListener('scroll', this.updateWindow, { capture: true, passive: true });
    window.addEventListener('resize', this.updateWindow, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('scroll', this.updateWindow, { capture: true });
    window.removeEventListener('resize', this.updateWindow);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.afterPaint);
    this.afterPaint = undefined;
    clearTimeout(this.searchAnnouncement);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.isWindowed()) this.scheduleWindowUpdate();
  }

  protected override emptyMessage(): string {
    return 'This chart is empty.';
  }

  protected override renderLoading(): TemplateResult {
    return html`<div part="loading" class="skeleton" ${styleProperties({ '--_rows': String(Math.max(1, this.loadingRows)) })}>
      <span class="visually-hidden">Loading the chart</span>
    </div>`;
  }

  protected override renderFeed(feed: SoundtrackFeed): TemplateResult {
    const { rows, keys, columns, locale } = this.view(feed);
    const windowed = rows.length > WINDOW_THRESHOLD;
    const start = windowed ? Math.max(0, Math.min(this.windowStart, rows.length - this.windowSize)) : 0;
    const end = windowed ? Math.min(rows.length, start + this.windowSize) : rows.length;
    const shown = Array.from(rows.subarray(start, end));
    const rowContext: RowContext = { columns, locale, windowed, activeGenre: foldText(this.genre ?? '') };
    const spacer = (count: number) =>
      count > 0
        ? html`<tr class="spacer" aria-hidden="true">
            <td colspan=${columns.length} ${styleProperties({ height: `${count * this.rowHeight}px` })}></td>
          </tr>`
        : nothing;
    return html`
      ${this.renderToolbar(feed, rows.length, locale)}
      <table part="table" aria-rowcount=${windowed ? rows.length + 1 : nothing}>
        <caption part="caption">
          ${feed.title ?? 'Soundtrack albums'}${feed.updated
            ? html` <span class="updated"
                  >Updated <time datetime=${feed.updated.iso}>${formatPartialDate(feed.updated, locale)}</time></span
                >`
            : nothing}
        </caption>
        <thead>
          <tr aria-rowindex=${windowed ? 1 : nothing}>
            ${columns.map((column) => this.renderHeader(column, keys))}
          </tr>
        </thead>
        <tbody @click=${this.genreClick}>
          ${windowed ? spacer(start) : nothing}
          ${repeat(
            shown,
            (position) => position,
            (position, i) => this.renderRow(feed.items[position], start + i, rowContext),
          )}
          ${windowed ? spacer(rows.length - end) : nothing}
        </tbody>
      </table>
      ${rows.length
        ? nothing
        : html`<div part="empty" class="no-match">
            <p>No albums match.</p>
            <button class="action" part="clear-filter" type="button" @click=${this.clearFilter}>Clear filter</button>
          </div>`}
    `;
  }

  private renderToolbar(feed: SoundtrackFeed, shown: number, locale: string): TemplateResult {
    const total = feed.items.length;
    const number = (value: number) => formatCount(value, locale);
    const filtered = Boolean(this.genre || this.query.trim());
    return html`<div part="toolbar" class="toolbar">
      ${this.searchable
        ? html`<label class="search">
            <span class="visually-hidden">Search artists and albums</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
              <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
              <path d="m13 13 4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            <input
              part="search-input"
              type="search"
              placeholder="Search artists and albums"
              autocomplete="off"
              .value=${this.query}
              @input=${this.searchInput}
            />
          </label>`
        : nothing}
      <p part="count" class="count">
        ${filtered
          ? html`Showing <strong>${number(shown)}</strong> of ${number(total)}${this.genre
                ? html`<span class="active-genre"> in <strong>${this.genre}</strong></span>`
                : nothing}`
          : html`${number(total)} ${total === 1 ? 'album' : 'albums'}`}${this.feedState.partial
          ? html`<span class="still-loading">, more loading…</span>`
          : nothing}
      </p>
      ${filtered && shown
        ? html`<button class="action" part="clear-filter" type="button" @click=${this.clearFilter}>Clear filter</button>`
        : nothing}
      ${this.downloadable
        ? html`<button class="action" part="download" type="button" ?disabled=${!shown} @click=${this.downloadCsv}>
            Download CSV
          </button>`
        : nothing}
    </div>`;
  }

  private renderHeader(column: ChartColumn, keys: readonly SortKey<ChartColumn>[]): TemplateResult {
    const position = keys.findIndex((key) => key.key === column);
    const direction = position >= 0 ? keys[position].direction : undefined;
    const ariaSort = position === 0 ? (direction === 'asc' ? 'ascending' : 'descending') : undefined;
    return html`<th scope="col" part="header" class=${`col-${column}`} aria-sort=${ariaSort ?? nothing}>
      <button
        part="sort-button"
        type="button"
        class=${direction ? `sorted ${direction}` : ''}
        @click=${(event: MouseEvent) => this.sortBy(column, event.shiftKey)}
      >
        ${COLUMN_TEXT[column].label}
        ${position > 0
          ? html`<span class="visually-hidden">(then ${COLUMN_TEXT[column][direction!]})</span>`
          : nothing}
        <span class="indicator" aria-hidden="true">
          <svg viewBox="0 0 12 16" width="10" height="14">
            <path class="up" d="M6 1 11 6H1z" />
            <path class="down" d="M6 15 1 10h10z" />
          </svg>
          ${position > 0 ? html`<span class="key-position">${position + 1}</span>` : nothing}
        </span>
      </button>
    </th>`;
  }

  private renderRow(item: SoundtrackItem, position: number, context: RowContext) {
    return html(
      rowTemplate(context.columns),
      position % 2 ? 'stripe' : '',
      context.windowed ? position + 2 : nothing,
      ...context.columns.map((column) => this.renderCell(item, column, context)),
    );
  }

  private renderCell(item: SoundtrackItem, column: ChartColumn, { locale, activeGenre }: RowContext) {
    switch (column) {
      case 'rank':
        return item.rank ?? unknown;
      case 'album':
        if (!item.album) return unknown;
        return item.url ? html`<a href=${item.url}>${item.album}</a>` : item.album;
      case 'artist':
        return item.artist ?? unknown;
      case 'released':
        return item.released
          ? html`<time datetime=${item.released.iso}>${formatPartialDate(item.released, locale)}</time>`
          : unknown;
      case 'genres': {
        if (!item.genres.length) return unknown;
        // A label rather than a visually hidden span: one of those per tag made every row's
        // style, layout and paint measurably slower (npm run bench). Clicks are handled once, on
        // the table body (genreClick).
        return html`<ul class="genres tag-list">
          ${item.genres.map(
            (genre) =>
              html`<li><button part="genre-tag" type="button" aria-label=${`Show only ${genre}`} aria-pressed=${activeGenre && foldText(genre) === activeGenre ? 'true' : 'false'}>${genre}</button></li>`,
          )}
        </ul>`;
      }
    }
  }

  /** The rows to show and how to show them, derived from the feed and the attributes (memoized). */
  private view(feed: SoundtrackFeed) {
    const locale = this.locale;
    const index = this.chartIndex(feed.items, locale);
    const keys = parseSort(this.sort, CHART_COLUMNS);
    const order = this.sortedRows(index, formatSort(keys));
    const rows = this.filteredRows(index, order, this.genre ?? '', this.query);
    return { index, keys, rows, columns: this.shownColumns(this.columns), locale };
  }

  private isWindowed(): boolean {
    const feed = this.feedState.shown;
    return Boolean(feed && feed.items.length > WINDOW_THRESHOLD && this.view(feed).rows.length > WINDOW_THRESHOLD);
  }

  /**
   * Fits the window to the viewport once the frame showing the new rows is painted: measuring
   * before it would force a layout of its own, and a second render, before the first rows show.
   */
  private readonly scheduleWindowUpdate = (): void => {
    if (this.frame || this.afterPaint) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.afterPaint = setTimeout(() => {
        this.afterPaint = undefined;
        this.updateWindow();
      });
    });
  };

  /** Moves the window of rendered rows to the part of the chart in the viewport. */
  private readonly updateWindow = (): void => {
    const body = this.renderRoot.querySelector('tbody');
    if (!body || !this.isWindowed()) return;
    const rows = body.querySelectorAll('tr[part~="row"]');
    if (rows.length > 1) {
      const measured =
        (rows[rows.length - 1].getBoundingClientRect().bottom - rows[0].getBoundingClientRect().top) / rows.length;
      if (Math.abs(measured - this.rowHeight) > 0.5) {
        this.rowHeight = measured;
        this.requestUpdate();
      }
    }
    const viewport = window.innerHeight;
    const firstVisible = Math.floor(Math.max(0, -body.getBoundingClientRect().top) / this.rowHeight);
    this.windowStart = Math.max(0, Math.floor((firstVisible - OVERSCAN) / WINDOW_STEP) * WINDOW_STEP);
    this.windowSize = Math.ceil(viewport / this.rowHeight) + 2 * OVERSCAN + WINDOW_STEP;
  };

  private sortBy(column: ChartColumn, additive: boolean): void {
    const keys = parseSort(this.sort, CHART_COLUMNS);
    const current = keys.find((key) => key.key === column);
    let next: SortKey<ChartColumn>[];
    if (additive) {
      next = current
        ? keys.map((key) => (key.key === column ? { key: column, direction: flip(key.direction) } : key))
        : [...keys, { key: column, direction: 'asc' }];
    } else {
      next = [{ key: column, direction: keys[0]?.key === column ? flip(keys[0].direction) : 'asc' }];
    }
    this.sort = formatSort(next);
    const direction = next.find((key) => key.key === column)!.direction;
    this.emit<ChartSortEventDetail>('st-sort', { key: column, direction, keys: next });
    this.announce(
      `Sorted by ${next.map(({ key, direction }) => `${COLUMN_TEXT[key].label.toLowerCase()}, ${COLUMN_TEXT[key][direction]}`).join(', then ')}`,
    );
  }

  /** One listener for every genre tag; Enter and Space on a button fire `click` too. */
  private genreClick(event: MouseEvent): void {
    const tag = (event.target as Element).closest('[part~="genre-tag"]');
    if (tag?.textContent) this.filterByGenre(tag.textContent);
  }

  private filterByGenre(genre: string): void {
    this.genre = this.genre && foldText(this.genre) === foldText(genre) ? null : genre;
    this.announceFilter();
  }

  private readonly searchInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchAnnouncement);
    // Announce once the reader pauses, not on every keystroke.
    this.searchAnnouncement = setTimeout(() => this.announceFilter(), 700);
  };

  private async clearFilter(): Promise<void> {
    this.genre = null;
    this.query = '';
    clearTimeout(this.searchAnnouncement);
    this.announceFilter();
    // The button disappears with the filter; keep the keyboard user's place near the top.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="search-input"], [part~="sort-button"]')?.focus();
  }

  private announceFilter(): void {
    const feed = this.feedState.shown;
    if (!feed) return;
    const total = feed.items.length;
    const shown = this.view(feed).rows.length;
    const locale = this.locale;
    if (!this.genre && !this.query.trim()) {
      this.announce(`Filter cleared, showing all ${formatCount(total, locale)} albums`);
      return;
    }
    const genre = this.genre ? ` in ${this.genre}` : '';
    const query = this.query.trim() ? ` matching “${this.query.trim()}”` : '';
    this.announce(
      shown
        ? `Showing ${formatCount(shown, locale)} of ${formatCount(total, locale)} albums${genre}${query}`
        : `No albums${genre}${query}`,
    );
  }

  private downloadCsv(): void {
    const feed = this.feedState.shown;
    if (!feed) return;
    const { rows, columns } = this.view(feed);
    const cell = (item: SoundtrackItem, column: ChartColumn): CsvCell => {
      switch (column) {
        case 'released':
          return item.released?.iso ?? null;
        case 'genres':
          return item.genres.length ? item.genres.join('; ') : null;
        default:
          return item[column];
      }
    };
    const csv = toCsv([
      columns.map((column) => COLUMN_TEXT[column].label),
      ...Array.from(rows, (position) => columns.map((column) => cell(feed.items[position], column))),
    ]);
    // The byte order mark makes spreadsheets read the file as UTF-8 ("Björk", not "BjÃ¶rk").
    const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(feed.title ?? 'chart').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'chart'}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soundtrack-chart': SoundtrackChart;
  }
}
