import { LitElement, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SortDirection, SortKey } from '../feed/compare.js';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import type { FeedWarning, SkippedItem, SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import { FeedController } from './feed-controller.js';
import { FormatWarmUpController } from './format-warm-up.js';
import { resolveLocale } from './locale.js';
import { sharedStyles } from './shared.styles.js';

export interface LoadEventDetail {
  feed: SoundtrackFeed;
  items: readonly SoundtrackItem[];
  skipped: readonly SkippedItem[];
  warnings: readonly FeedWarning[];
}

export interface ErrorEventDetail {
  error: Error;
  message: string;
}

/** What `st-sort` says: the key the reader sorted by, its direction, and every key in order. */
export interface SortEventDetail<K extends string = string> {
  key: K;
  direction: SortDirection;
  /** Every sort key, primary first: what the `sort` attribute now holds. */
  keys: SortKey<K>[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'st-load': CustomEvent<LoadEventDetail>;
    'st-error': CustomEvent<ErrorEventDetail>;
    'st-sort': CustomEvent<SortEventDetail>;
  }
}

// Outside the class so the manifest analyzer does not list a generic event named "name".
const publicEvent = <T>(name: string, detail: T) => new CustomEvent<T>(name, { bubbles: true, composed: true, detail });

/**
 * What every soundtrack element shares: the feed sources (`src`, `feed`, inline JSON), the four
 * states (loading, error with retry, empty, data), the `st-load` and `st-error` events, a polite
 * live region and the element's language. Subclasses render the data.
 */
export abstract class FeedElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /** URL of a JSON Feed to load. Elements with the same absolute `src` share one request. */
  @property({ reflect: true }) src: string | null = null;

  /** A feed object to render instead of loading one; takes precedence over `src`. */
  @property({ attribute: false }) feed: unknown = undefined;

  /** Milliseconds to wait for the server before showing an error (default 10000). */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT;

  /** Colour scheme: `light`, `dark`, `auto` (follows the reader's setting); unset inherits the page. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;

  @state() protected announcement = '';

  protected readonly feedState = new FeedController(this, {
    loaded: (feed) => this.feedLoaded(feed),
    failed: (error) => this.feedFailed(error),
  });

  constructor() {
    super();
    new FormatWarmUpController(this, () => this.locale);
  }

  /** Loads the feed again, bypassing the shared cache. */
  reload(): void {
    this.feedState.reload();
  }

  /** The locale used for text collation and dates. */
  protected get locale(): string {
    return resolveLocale(this, this.feedState.shown?.language);
  }

  protected abstract renderFeed(feed: SoundtrackFeed): TemplateResult;

  /** Placeholder of the expected size while the first load runs, so nothing shifts. */
  protected renderLoading(): TemplateResult {
    return html`<div part="loading"></div>`;
  }

  protected emptyMessage(): string {
    return 'This feed has no items yet.';
  }

  protected override render(): TemplateResult {
    const { status, error, shown } = this.feedState;
    const busy = status === 'loading' || status === 'idle';
    return html`
      <div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
        ${error
          ? html`<div part="error" role="alert">
              <p>${error.message}${shown ? ' Showing the last version that loaded.' : ''}</p>
              <button class="action" part="retry" type="button" @click=${this.reload}>Try again</button>
            </div>`
          : nothing}
        ${shown
          ? shown.items.length
            ? this.renderFeed(shown)
            : html`<p part="empty">${this.emptyMessage()}</p>`
          : error
            ? nothing
            : this.renderLoading()}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  /** Says `message` to screen-reader users without moving focus. */
  protected announce(message: string): void {
    this.announcement = message;
  }

  /** Dispatches a bubbling, composed custom event from the host. */
  protected emit<T>(name: string, detail: T): boolean {
    return this.dispatchEvent(publicEvent(name, detail));
  }

  private feedLoaded(feed: SoundtrackFeed): void {
    if (feed.skipped.length || feed.warnings.length) {
      const lines = [
        ...feed.skipped.map((item) => `item ${item.index}${item.id ? ` (id "${item.id}")` : ''} skipped: ${item.reason}`),
        ...feed.warnings.map((warning) => `${warning.id ? `item "${warning.id}": ` : ''}${warning.reason}`),
      ];
      console.warn(`<${this.localName}>: ${feed.title ?? 'feed'}:\n  ${lines.join('\n  ')}`);
    }
    this.emit<LoadEventDetail>('st-load', { feed, items: feed.items, skipped: feed.skipped, warnings: feed.warnings });
  }

  private feedFailed(error: Error): void {
    console.error(`<${this.localName}>: ${error.message}`);
    this.emit<ErrorEventDetail>('st-error', { error, message: error.message });
  }
}
