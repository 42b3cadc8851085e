import { html, type TemplateResult } from 'lit';
import type { SoundtrackFeed } from '../../feed/types.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { styles } from './better-than-movie-list.styles.js';

/**
 * @summary Placeholder until the element's own issue lands.
 * @tag better-than-movie-list
 */
export class BetterThanMovieList extends FeedElement {
  static override styles = [sharedStyles, styles];

  protected override renderFeed(feed: SoundtrackFeed): TemplateResult {
    return html`<ul>${feed.items.map((item) => html`<li>${item.title ?? item.artist}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'better-than-movie-list': BetterThanMovieList;
  }
}
