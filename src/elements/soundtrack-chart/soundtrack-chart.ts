import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { foldText } from '../../feed/compare.js';
import type { SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import type { SortEventDetail } from '../../internal/events.js';
import { FeedElement } from '../../internal/feed-element.js';
import { memoize } from '../../internal/memoize.js';
import { onScreenFirst } from '../../internal/on-screen-first.js';
import { RowFocusController } from '../../internal/row-focus-controller.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { SortController } from '../../internal/sort-controller.js';
import { styleProperties } from '../../internal/style-properties.js';
import { unknownValue } from '../../internal/unknown.js';
import { WindowController } from '../../internal/window-controller.js';
import {
  CHART_COLUMNS,
  COLUMN_TERMS,
  DEFAULT_COLUMNS,
  chosenColumns,
  csvRows,
  filterRows,
  narrowLabels,
  rankChartColumn,
  renderCaption,
  renderHeader,
  renderRow,
  renderSpacer,
  searchTextOf,
  type ChartColumn,
  type RowContext,
} from './chart-rows.js';
import { filterAnnouncement, renderNoMatch, renderToolbar } from './chart-toolbar.js';
import { styles } from './soundtrack-chart.styles.js';

export { CHART_COLUMNS, DEFAULT_COLUMNS, type ChartColumn };
export type ChartSortEventDetail = SortEventDetail<ChartColumn>;

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
 * @csspart cell-movement - The movement cells (with `columns` naming `movement`): "▲3", "New", "Re-entry".
 * @csspart cell-peak - The peak position cells (with `peak`).
 * @csspart cell-weeks - The weeks-on-chart cells (with `weeks`).
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

  static override properties: PropertyDeclarations = {
    columns: {},
    sort: { reflect: true },
    genre: { reflect: true },
    searchable: { type: Boolean, reflect: true },
    downloadable: { type: Boolean, reflect: true },
    loadingRows: { type: Number, attribute: 'loading-rows' },
    query: { state: true, attribute: false },
  };

  /**
   * Columns to show, in order, comma-separated: any of `rank`, `movement` (since last week),
   * `album`, `artist`, `released`, `genres`, `peak` (best position), `weeks` (on the chart).
   * Default `rank,album,artist,released,genres`.
   */
  columns = DEFAULT_COLUMNS.join(',');

  /** Sort order: `artist`, `released:desc`, or several keys `genres,artist:desc`. Unset keeps feed order. */
  sort: string | null = null;

  /** Shows only albums of this genre. */
  genre: string | null = null;

  /** Adds a search box that filters by artist and album. */
  searchable = false;

  /** Adds a "Download CSV" button for the rows shown, in their order. */
  downloadable = false;

  /** How many rows the loading placeholder makes room for, so nothing shifts when they arrive. */
  loadingRows = 10;

  /** The search box's text. */
  private query = '';

  private searchAnnouncement: ReturnType<typeof setTimeout> | undefined;

  /** The feed positions of the rows the last render wrote, top to bottom, from `renderedStart` in the order. */
  private renderedPositions: readonly number[] = [];
  private renderedStart = 0;

  private readonly sorting = new SortController<SoundtrackItem, ChartColumn>(this, this.localize, {
    keys: CHART_COLUMNS,
    rank: rankChartColumn,
    labels: COLUMN_TERMS,
    announce: (message) => this.announce(message),
  });

  private readonly window = new WindowController(this, {
    threshold: 200,
    rows: () => this.renderedRows(),
    body: () => this.renderRoot.querySelector('tbody'),
  });

  private readonly searchText = memoize(searchTextOf);
  private readonly filtered = memoize((items: readonly SoundtrackItem[], order: Uint32Array, genre: string, query: string) =>
    filterRows(items, order, genre, query, () => this.searchText(items)),
  );
  private readonly shownColumns = memoize(chosenColumns);

  constructor() {
    super();
    // Rows are keyed by place: a sort or a filter gives a row element another album to show.
    // Focus follows the album.
    new RowFocusController(this, { rows: () => this.renderedRows(), keys: () => this.renderedPositions, controls: 'a, button' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchAnnouncement);
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      empty: 'chartEmpty',
      loading: () => html`<div part="loading" class="skeleton" ${styleProperties({ '--_rows': String(Math.max(1, this.loadingRows)) })}>
        <span class="visually-hidden">${this.localize.term('chartLoading')}</span>
      </div>`,
      data: (feed) => this.renderChart(feed),
    });
  }

  private renderChart(feed: SoundtrackFeed): TemplateResult {
    const { localize } = this;
    const rows = this.rows(feed);
    const keys = this.sorting.keysFor(feed.items);
    const columns = this.shownColumns(this.columns);
    const windowed = this.window.windowed(rows.length);
    const { start, end: windowEnd } = this.window.range(rows.length);
    // A windowed table writes only the rows near the visible area, and its first render those in batches too.
    const end = start + this.itemsToRender((windowed ? windowEnd : rows.length) - start);
    const next = Array.from(rows.subarray(start, end));
    // After a sort, the rows on screen first.
    const { positions, deferred } =
      start === this.renderedStart && !this.restIsDue ? onScreenFirst(next, this.renderedPositions, () => this.renderedRows()) : { positions: next, deferred: false };
    if (deferred) this.leaveRestForNextTurn();
    this.renderedPositions = positions;
    this.renderedStart = start;
    const context: RowContext = {
      columns,
      localize,
      windowed,
      activeGenre: foldText(this.genre ?? ''),
      unknown: unknownValue(localize.term('unknown')),
    };
    const spacer = (count: number) => renderSpacer(count, columns.length, this.window.rowHeight);
    return html`
      ${renderToolbar(
        localize,
        {
          searchable: this.searchable,
          downloadable: this.downloadable,
          genre: this.genre,
          query: this.query,
          shown: rows.length,
          total: feed.items.length,
          partial: this.feedState.partial,
        },
        { search: this.searchInput, clear: this.clearFilter, download: this.downloadCsv },
      )}
      <table part="table" aria-rowcount=${windowed ? rows.length + 1 : nothing} ${styleProperties(narrowLabels(columns, localize))}>
        ${renderCaption(feed, localize)}
        <thead>
          <tr aria-rowindex=${windowed ? 1 : nothing}>
            ${columns.map((column) => renderHeader(column, keys, localize, this.sorting, this.sortBy))}
          </tr>
        </thead>
        <tbody @click=${this.genreClick}>
          ${windowed ? spacer(start) : nothing}
          ${repeat(
            this.renderedPositions,
            // By place in the order, not by album: a sort updates the rows it has instead of
            // making new ones, and a scroll keeps the rows that stay in the window as they are.
            (_, i) => start + i,
            (position, i) => renderRow(feed.items[position], start + i, context),
          )}
          ${windowed ? spacer(rows.length - end) : nothing}
        </tbody>
      </table>
      ${rows.length ? nothing : renderNoMatch(localize, this.clearFilter)}
    `;
  }

  /** The rows to show, in order: the sorted items that pass the genre filter and the search. */
  private rows(feed: SoundtrackFeed): Uint32Array {
    return this.filtered(feed.items, this.sorting.order(feed.items), this.genre ?? '', this.query);
  }

  private readonly sortBy = (column: ChartColumn, additive: boolean): void => {
    const feed = this.feedState.shown;
    if (feed) this.sorting.toggle(column, additive, feed.items);
  };

  /** One listener for every genre tag; Enter and Space on a button fire `click` too. */
  private genreClick(event: MouseEvent): void {
    const tag = (event.target as Element).closest('[part~="genre-tag"]');
    if (!tag?.textContent) return;
    const genre = tag.textContent;
    this.genre = this.genre && foldText(this.genre) === foldText(genre) ? null : genre;
    this.announceFilter();
  }

  private renderedRows(): HTMLTableRowElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLTableRowElement>('tbody tr[part~="row"]')];
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
    if (feed) this.announce(filterAnnouncement(this.localize, { genre: this.genre, query: this.query, shown: this.rows(feed).length, total: feed.items.length }));
  }

  private async downloadCsv(): Promise<void> {
    const feed = this.feedState.shown;
    if (!feed) return;
    const { downloadCsv } = await import('../../internal/download.js');
    downloadCsv(csvRows(feed.items, this.rows(feed), this.shownColumns(this.columns), this.localize), feed.title, 'chart');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soundtrack-chart': SoundtrackChart;
  }
}
