import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import type { StructuredDataKind } from '../feed/structured-data.js';
import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import { emit } from './events.js';
import { FeedController } from './feed-controller.js';
import { feedErrorMessage, feedProblems } from './feed-messages.js';
import { LocalizeController, resolveLanguage } from './localize/localize-controller.js';
import { formatsFor } from './localize/wording.js';
import { FALLBACK_CLASS } from './light-dom.js';
import type { TermKey, TermOverrides } from './localize/terms.js';
import { sharedStyles } from './shared.styles.js';
import { StructuredDataController } from './structured-data-controller.js';
import { nextTurn } from './turns.js';

export type { LoadEventDetail, ErrorEventDetail, SortEventDetail } from './events.js';

/** What an element shows in each state; the rest (error, retry, live region) is the same for all. */
export interface StateViews {
  /** The placeholder of the expected size while the first load runs, so nothing shifts. */
  loading: () => TemplateResult;
  /** The feed, which has at least one item. */
  data: (feed: SoundtrackFeed) => TemplateResult;
  /** What to say when the feed has no items. */
  empty: TermKey;
}

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** The static fallback `soundtrack-widgets render` writes into the element. */
const FALLBACK = `:scope > .${FALLBACK_CLASS}`;

/** Reads a `strings` attribute as JSON; a malformed one is ignored with a warning. */
const stringsConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      console.warn('soundtrack-widgets: the strings attribute is not valid JSON; it is ignored.');
      return undefined;
    }
  },
};

/**
 * What every soundtrack element shares: the feed sources (`src`, `feed`, inline JSON) through a
 * `FeedController`, its language through a `LocalizeController`, the `st-load` and `st-error`
 * events and a polite live region. An element renders by calling `renderStates` with its views.
 */
export abstract class FeedElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false, noAccessor: true },
    timeout: { type: Number },
    theme: { reflect: true },
    strings: { attribute: 'strings', converter: stringsConverter },
    structuredData: { type: Boolean, attribute: 'structured-data', reflect: true },
    announcement: { state: true, attribute: false },
  };

  /** URL of a JSON Feed to load. Elements with the same absolute `src` share one request. */
  src: string | null = null;

  /** Milliseconds to wait for the server before showing an error (default 10000). */
  timeout = DEFAULT_TIMEOUT;

  /** Colour scheme: `light`, `dark`, `auto` (follows the reader's setting); unset, or any other value, inherits the page. */
  theme: 'light' | 'dark' | 'auto' | null = null;

  /**
   * Replacement strings for this element, by key (`{"albumCount": {"one": "{count} record", "other":
   * "{count} records"}}`), as a property or a JSON attribute; see the README for the keys.
   */
  strings: TermOverrides | undefined = undefined;

  /**
   * Adds schema.org JSON-LD of what the element shows to the page, as a `<script
   * type="application/ld+json">` child, for search engines: an `ItemList` of albums (or of films,
   * for the list).
   */
  structuredData = false;

  protected announcement = '';

  /** What the items are to a search engine. */
  protected readonly structuredDataKind: StructuredDataKind = 'albums';

  protected readonly feedState = new FeedController(this, {
    showing: () => (this.itemLimit = this.itemBatch),
    loaded: (feed) => this.feedLoaded(feed),
    failed: (error) => this.feedFailed(error),
  });

  /**
   * A feed object (or a promise of one) to render instead of loading one; takes precedence over
   * `src`. Once read, the property holds the feed as read (the `SoundtrackFeed` of `st-load`), not
   * the object given, which the element no longer keeps alive; that feed can be given to another
   * element as it is.
   */
  get feed(): unknown {
    return this.feedState.feed;
  }

  set feed(value: unknown) {
    const old = this.feedState.feed;
    this.feedState.feed = value;
    if (this.feedState.feed !== old) this.requestUpdate('feed', old);
  }

  protected readonly localize = new LocalizeController(this, {
    feedLanguage: () => this.feedState.shown?.language,
    overrides: () => this.strings,
  });

  /** How many items (rows, entries, cards) each turn of a long first render writes (see `itemsToRender`). */
  protected readonly itemBatch: number = 20;

  /** How many items a render may write: all, but for the batches of the first render of a feed. */
  private itemLimit = Infinity;
  /** The last render held items back below the screen, or rows off it: the next render waits for a turn. */
  private nextRenderWaits?: boolean;
  /** This render left part of what it shows for the next turn (see `leaveRestForNextTurn`). */
  private restWaits = false;
  /** This render is that next turn, which writes everything. */
  private restTurn = false;

  constructor() {
    super();
    new StructuredDataController(this, {
      kind: () => this.structuredDataKind,
      feed: () => this.feedState.shown,
      items: (feed) => this.shownItems(feed),
    });
  }

  /**
   * An element that holds a static fallback (`soundtrack-widgets render`) starts in a turn of its
   * own (see turns.ts): until then it stays as it is, the fallback in place and laid out, so that
   * elements upgrading together never make one long task, and the page never shows an empty box.
   * In its turn it reads its feed, and its shadow root and first render replace the fallback (in
   * batches, as every first render of a feed: see `itemsToRender`). Its language's formatters are
   * made in the turns before.
   */
  override connectedCallback(): void {
    // Lit makes the render root on the first connection: an element without one has not started.
    if (this.renderRoot || !this.querySelector(FALLBACK)) return super.connectedCallback();
    const formats = formatsFor(resolveLanguage(this).lang);
    const turn = (): Promise<unknown> =>
      nextTurn().then(() => {
        // Its language's formatters first, a few milliseconds a turn: the first ones of a page load locale data.
        const started = performance.now();
        if (formats.prepare(() => performance.now() - started < 4)) return turn();
        // Not if it left the page meanwhile, or came back and started in an earlier turn.
        if (!this.isConnected || this.renderRoot) return;
        super.connectedCallback();
      });
    void turn();
  }

  /** The batches of a long first render, and the rest of a render that wrote the screen first, each wait for a turn of their own. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.nextRenderWaits) return super.scheduleUpdate();
    return nextTurn().then(() => super.scheduleUpdate());
  }

  /** Resolves once the element has rendered everything, the batches of a long first render included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.isUpdatePending) complete = await super.getUpdateComplete();
    return complete;
  }

  /**
   * How many of `total` items this render writes. The first render of a feed that loaded writes
   * `itemBatch` of them and then as many more a turn, until all are written: the reader sees the
   * top of it at once, and nothing below the first screen is waited for. Every later render (a
   * sort, a filter) writes them all.
   */
  protected itemsToRender(total: number): number {
    if (total <= this.itemLimit) {
      this.itemLimit = Infinity;
      return total;
    }
    this.nextRenderWaits = true;
    return this.itemLimit;
  }

  /**
   * This render wrote only what is on screen (a sort: see on-screen-first.ts); the rest follows in
   * a turn of its own, after the frame is painted.
   */
  protected leaveRestForNextTurn(): void {
    this.restWaits = true;
  }

  /** This render is the turn that writes what an earlier one left: it writes everything. */
  protected get restIsDue(): boolean {
    return this.restTurn;
  }

  protected override update(changed: PropertyValues<this>): void {
    this.nextRenderWaits = false;
    this.restWaits = false;
    super.update(changed);
    this.restTurn = false;
    if (this.nextRenderWaits) this.planNextBatch();
    else if (this.restWaits) {
      this.restTurn = this.nextRenderWaits = true;
      this.requestUpdate();
    }
  }

  private planNextBatch(): void {
    const written = this.itemLimit;
    const { top, bottom } = this.getBoundingClientRect();
    this.itemLimit += this.itemBatch;
    // While the written items end above the bottom of the screen, the next batch follows before
    // the frame is painted (what comes after the element would move up, then back down), as many
    // items as the height so far says fill the screen, so that one more render and layout
    // usually do. Below it, the next batch waits for a turn (scheduleUpdate).
    if (bottom < innerHeight) {
      this.nextRenderWaits = false;
      this.itemLimit = written + Math.max(this.itemBatch, Math.ceil(((innerHeight - bottom) * written) / Math.max(1, bottom - top)));
    }
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.theme !== null && !THEMES.includes(this.theme)) {
      console.warn(`<${this.localName}>: theme="${this.theme}" is not one of ${THEMES.join(', ')}; the element follows the page's colours.`);
    }
  }

  /** The items of `feed` the element shows: all of them, unless it picks some. */
  protected shownItems(feed: SoundtrackFeed): readonly SoundtrackItem[] {
    return feed.items;
  }

  /** Loads the feed again, bypassing the shared cache. */
  reload(): void {
    this.feedState.reload();
  }

  /** The four states around the element's own views: loading, error (with retry and the last good data), empty, data. */
  protected renderStates(views: StateViews): TemplateResult {
    const { status, error, shown } = this.feedState;
    const { lang, dir } = this.localize;
    let body: TemplateResult | string | typeof nothing = nothing;
    if (shown) body = shown.items.length ? views.data(shown) : html`<p part="empty">${this.localize.term(views.empty)}</p>`;
    else if (status === 'none') body = html`<p part="empty">${this.localize.term('noFeed')}</p>`;
    else if (!error) body = views.loading();
    return html`
      <div part="base" class="base" lang=${lang} dir=${dir} aria-busy=${status === 'loading' ? 'true' : 'false'}>
        ${error
          ? html`<div part="error" role="alert">
              <p>${this.errorMessage(error)}${shown ? ` ${this.localize.term('lastGoodShown')}` : ''}</p>
              <button class="action" part="retry" type="button" @click=${this.reload}>${this.localize.term('retry')}</button>
            </div>`
          : nothing}
        ${body}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  /** Says `message` to screen-reader users without moving focus. */
  protected announce(message: string): void {
    this.announcement = message;
  }

  /** Why the feed could not be shown, in the reader's language. */
  private errorMessage(error: Error): string {
    return feedErrorMessage(error, this.localize);
  }

  private feedLoaded(feed: SoundtrackFeed): void {
    if (feed.skipped.length || feed.warnings.length) {
      console.warn(`<${this.localName}>: ${feed.title ?? 'feed'}:\n  ${feedProblems(feed).join('\n  ')}`);
    }
    emit(this, 'st-load', { feed, items: feed.items, skipped: feed.skipped, warnings: feed.warnings });
  }

  private feedFailed(error: Error): void {
    console.error(`<${this.localName}>: ${error.message}`);
    emit(this, 'st-error', { error, message: this.errorMessage(error) });
  }
}
