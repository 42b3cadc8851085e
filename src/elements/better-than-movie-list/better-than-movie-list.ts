import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SortDirection, SortKey } from '../../feed/compare.js';
import type { Ratings, SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import { blurbContent } from '../../internal/blurb.js';
import { FeedElement } from '../../internal/feed-element.js';
import { DEFAULT_HEADING_LEVEL, heading } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { SortController } from '../../internal/sort-controller.js';
import { styleProperties } from '../../internal/style-properties.js';
import { styles } from './better-than-movie-list.styles.js';
import { LIST_SORT, entriesShown, type ListSortKey } from './list-sort.js';

export type { ListSortKey, ListSortEventDetail } from './list-sort.js';

/** Blurbs longer than this (in characters of text) start collapsed behind a "Read more" button. */
const LONG_BLURB = 280;
const DEFAULT_SKELETON_ENTRIES = 4;

function blurbLength(item: SoundtrackItem): number {
  // contentHtml is already sanitized; tags are dropped only to estimate how long it reads.
  return item.contentHtml ? item.contentHtml.replace(/<[^>]*>/g, '').length : (item.contentText?.length ?? 0);
}

/**
 * @summary A ranked list of soundtracks that are better than their films: each entry's film and
 * year, its artists and songs, a blurb, and (when the feed rates them) the gap between the film's
 * and the soundtrack's score. Readers can re-sort it; the list position stays visible.
 * @tag better-than-movie-list
 *
 * @event st-load - The feed loaded. Detail: `{ feed, items, skipped, warnings }`.
 * @event st-error - The feed could not be loaded or read. Detail: `{ error, message }`.
 * @event st-sort - The reader changed the order with the sort control. Detail: `{ key, direction, keys }`.
 *
 * @slot - An optional inline feed: `<script type="application/json">` holding a JSON Feed.
 *
 * @csspart base - The wrapper around every state; carries `aria-busy` while loading.
 * @csspart loading - The list-shaped placeholder shown while the first load runs.
 * @csspart error - The error message (role alert).
 * @csspart retry - The "Try again" button of the error state.
 * @csspart empty - The message shown when the feed has no entries.
 * @csspart toolbar - The row above the list that holds the sort control.
 * @csspart sort-control - The labelled `<select>` that re-sorts the list.
 * @csspart list - The `<ol>` of entries.
 * @csspart entry - One `<li>` entry.
 * @csspart position - The entry's list position, shown whatever the order.
 * @csspart heading - The entry's heading (film and year).
 * @csspart film - The film's title, or "Film unknown" when the feed lost it.
 * @csspart year - The film's year, when known.
 * @csspart ratings - The film-versus-soundtrack score visual, only for entries with ratings.
 * @csspart highlights - The soundtrack's artists and songs.
 * @csspart blurb - The entry's text.
 * @csspart disclosure - The "Read more" / "Read less" button of a long blurb.
 * @csspart show-all - The "Show all N" / "Show fewer" button when `limit` hides entries.
 *
 * @cssproperty [--st-color-text=inherit] - Text colour; inherits the page's by default.
 * @cssproperty [--st-color-muted=currentColor at 68%] - Secondary text: years, labels, "Film unknown".
 * @cssproperty [--st-color-border=currentColor at 18%] - Lines between entries and around controls.
 * @cssproperty [--st-color-surface=transparent] - Background of the element.
 * @cssproperty [--st-color-surface-raised=currentColor at 5%] - Background of buttons and the rating track.
 * @cssproperty [--st-color-accent=#2f5fd0] - The soundtrack's score and the focus ring.
 * @cssproperty [--st-color-focus=var(--st-color-accent)] - Focus outline.
 * @cssproperty [--st-color-error=#c62828] - Border of the error message.
 * @cssproperty [--st-loading-height=12rem] - Least height of the loading placeholder.
 * @cssproperty [--st-color-film=currentColor at 55%] - The film's score in the ratings visual.
 * @cssproperty [--st-radius=0.5rem] - Corner radius of controls and placeholders.
 * @cssproperty [--st-space=1rem] - Base spacing between entries.
 * @cssproperty [--st-font-size=1rem] - Base font size.
 * @cssproperty [--st-font-family=inherit] - Font; inherits the page's by default.
 * @cssproperty [--st-line-height=1.5] - Line height of text.
 * @cssproperty [--st-position-size=2rem] - Font size of the large list-position numbers.
 */
export class BetterThanMovieList extends FeedElement {
  static override styles = [sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    sort: { reflect: true },
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level', reflect: true },
    showingAll: { state: true, attribute: false },
    expandedBlurbs: { state: true, attribute: false },
  };

  /**
   * Order of the entries: `rank` (list position, the default), `film` (title, locale-aware),
   * `year` (film year, unknown last) or `gap` (biggest soundtrack-over-film gap first; only when
   * entries have ratings). Add `:desc` to reverse (`year:desc`); separate tie-breakers with commas.
   */
  sort: string | null = 'rank';

  /** Show only the first this many entries, with a "Show all" button; 0 or unset shows them all. */
  limit: number | null = null;

  /** Level of each entry's heading, 2-6 (default 2), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  protected override readonly structuredDataKind = 'movies';

  protected override readonly itemBatch = 4;

  private showingAll = false;
  private expandedBlurbs: ReadonlySet<string> = new Set();

  /** Set by "Show all": the first entry it revealed takes focus once it is rendered. */
  private focusRevealedEntry = false;

  private readonly sorting = new SortController<SoundtrackItem, ListSortKey>(this, this.localize, {
    ...LIST_SORT,
    announce: (message) => this.announce(message),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A different limit is a new presentation: start collapsed again.
    if (changed.has('limit')) this.showingAll = false;
  }

  protected override updated(): void {
    if (!this.focusRevealedEntry) return;
    this.focusRevealedEntry = false;
    this.renderRoot.querySelector<HTMLElement>('.heading[tabindex="-1"]')?.focus();
  }

  protected override render(): TemplateResult {
    return this.renderStates({ empty: 'listEmpty', loading: () => this.renderSkeleton(), data: (feed) => this.renderList(feed) });
  }

  private renderSkeleton(): TemplateResult {
    const count = this.limit && this.limit > 0 ? this.limit : DEFAULT_SKELETON_ENTRIES;
    return html`<div part="loading" class="skeleton">
      <span class="visually-hidden">${this.localize.term('listLoading')}</span>
      ${Array.from(
        { length: count },
        () => html`<div class="skeleton-entry" aria-hidden="true">
          <span class="skeleton-position shimmer"></span>
          <span class="skeleton-lines"><span class="shimmer"></span><span class="shimmer"></span><span class="shimmer"></span></span>
        </div>`,
      )}
    </div>`;
  }

  private renderList(feed: SoundtrackFeed): TemplateResult {
    const sorted = Array.from(this.sorting.order(feed.items), (position) => feed.items[position]);
    const limit = entriesShown(this.limit, sorted.length);
    const limited = sorted.length > limit;
    const all = limited && !this.showingAll ? sorted.slice(0, limit) : sorted;
    const shown = all.slice(0, this.itemsToRender(all.length));
    return html`
      <div part="toolbar" class="toolbar">${this.renderSortControl(feed)}</div>
      <ol part="list" class="list" role="list" id="entries">
        ${shown.map((item, index) => this.renderEntry(item, limited && index === limit))}
      </ol>
      ${limited
        ? html`<button part="show-all" class="action show-all" type="button" aria-controls="entries" aria-expanded=${this.showingAll ? 'true' : 'false'} @click=${this.toggleShowAll}>
            ${this.showingAll ? this.localize.term('showFewer') : this.localize.term('showAll', { count: sorted.length })}
          </button>`
        : nothing}
    `;
  }

  private renderSortControl(feed: SoundtrackFeed): TemplateResult {
    const current = this.sorting.keysFor(feed.items)[0];
    const value = `${current.key}:${current.direction}`;
    const { lang } = this.localize;
    const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
    return html`<label class="sort">
      <span class="sort-label">${this.localize.term('sortBy')}</span>
      <select part="sort-control" class="action" @change=${this.onSortChange}>
        ${this.sorting.usableKeys(feed.items).flatMap((key) =>
          (['asc', 'desc'] as const).map(
            (direction) => html`<option value=${`${key}:${direction}`} ?selected=${value === `${key}:${direction}`}>
              ${capitalised(this.sorting.describeKey({ key, direction }))}
            </option>`,
          ),
        )}
      </select>
    </label>`;
  }

  /** `firstRevealed`: the first entry "Show all" uncovered, a focus target for keyboard readers. */
  private renderEntry(item: SoundtrackItem, firstRevealed: boolean): TemplateResult {
    const { localize } = this;
    const position = item.rank === null ? null : localize.plainNumber(item.rank);
    return html`<li part="entry" class="entry" value=${item.rank ?? nothing}>
      <span part="position" class="position" aria-hidden="true">${position ?? '–'}</span>
      <div class="body">
        ${heading(
          this.headingLevel,
          { part: 'heading', class: 'heading', tabindex: firstRevealed ? '-1' : undefined },
          html`<span class="visually-hidden">${position === null ? localize.term('positionUnknown') : localize.term('listPosition', { position })} </span>
            ${item.film === null
              ? html`<span part="film" class="film unknown">${localize.term('filmUnknown')}</span>`
              : html`<span part="film" class="film feed-text">${item.film}</span>`}
            ${item.filmYear === null ? nothing : html`<span part="year" class="year">${localize.plainNumber(item.filmYear)}</span>`}`,
        )}
        ${item.ratings ? this.renderRatings(item.ratings) : nothing}
        ${this.renderHighlights(item)} ${this.renderBlurb(item)}
      </div>
    </li>`;
  }

  private renderRatings(ratings: Ratings): TemplateResult {
    const { localize } = this;
    const share = (value: number) => `${Math.min(100, Math.max(0, (value / ratings.scale) * 100))}%`;
    const film = localize.decimal(ratings.film);
    const soundtrack = localize.decimal(ratings.soundtrack);
    const scale = localize.decimal(ratings.scale);
    return html`<div part="ratings" class="ratings">
      <span class="visually-hidden">${localize.term('ratingsSummary', { film, soundtrack, scale })}</span>
      <div class="dumbbell" aria-hidden="true" ${styleProperties({ '--film': share(ratings.film), '--soundtrack': share(ratings.soundtrack) })}>
        <span class="gap"></span>
        <span class="dot dot-film"></span>
        <span class="dot dot-soundtrack"></span>
      </div>
      <div class="legend" aria-hidden="true">
        <span class="legend-film">${localize.term('ratingFilm', { score: film })}</span>
        <span class="legend-soundtrack">${localize.term('ratingSoundtrack', { score: soundtrack })}</span>
        <span class="legend-scale">${localize.term('ratingScale', { scale })}</span>
      </div>
    </div>`;
  }

  private renderHighlights(item: SoundtrackItem): TemplateResult | typeof nothing {
    const { localize } = this;
    if (!item.artists.length && !item.tracks.length) return nothing;
    return html`<dl part="highlights" class="highlights">
      ${item.artists.length
        ? html`<div><dt>${localize.term('artistsLabel', { count: item.artists.length })}</dt><dd>${localize.list(item.artists)}</dd></div>`
        : nothing}
      ${item.tracks.length
        ? html`<div>
            <dt>${localize.term('songsLabel', { count: item.tracks.length })}</dt>
            <dd>
              <ul class="songs" role="list">
                ${item.tracks.map((track) => {
                  const title = html`<q>${localize.isolate(track.title)}</q>`;
                  return html`<li>${track.artist === null ? title : localize.parts('songBy', { title, artist: track.artist })}</li>`;
                })}
              </ul>
            </dd>
          </div>`
        : nothing}
    </dl>`;
  }

  private renderBlurb(item: SoundtrackItem): TemplateResult | typeof nothing {
    const content = blurbContent(item);
    if (content === nothing) return nothing;
    if (blurbLength(item) <= LONG_BLURB) return html`<div part="blurb" class="blurb" dir="auto">${content}</div>`;
    const { localize } = this;
    const id = `blurb-${item.index}`;
    const expanded = this.expandedBlurbs.has(item.id);
    const name = item.film ?? localize.term('thisEntry');
    return html`<div part="blurb" class="blurb ${expanded ? '' : 'collapsed'}" id=${id} dir="auto">${content}</div>
      <button
        part="disclosure"
        class="disclosure"
        type="button"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => this.toggleBlurb(item.id)}
      >
        ${localize.term(expanded ? 'readLess' : 'readMore')}<span class="visually-hidden"> ${localize.term('aboutName', { name })}</span>
      </button>`;
  }

  private onSortChange(event: Event): void {
    const [key, direction] = (event.target as HTMLSelectElement).value.split(':') as [ListSortKey, SortDirection];
    const keys: SortKey<ListSortKey>[] = [{ key, direction }];
    this.sorting.choose(keys);
  }

  private toggleShowAll(): void {
    this.showingAll = !this.showingAll;
    this.focusRevealedEntry = this.showingAll;
    const count = this.feedState.shown?.items.length ?? 0;
    this.announce(
      this.showingAll
        ? this.localize.term('showingAllEntries', { count })
        : this.localize.term('showingFirstEntries', { count: this.limit ?? count }),
    );
  }

  private toggleBlurb(id: string): void {
    const next = new Set(this.expandedBlurbs);
    if (!next.delete(id)) next.add(id);
    this.expandedBlurbs = next;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'better-than-movie-list': BetterThanMovieList;
  }
}
