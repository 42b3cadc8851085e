import { html, type TemplateResult } from 'lit';
import type { SoundtrackFeed } from '../../feed/types.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { styles } from './soundtrack-chart.styles.js';

/**
 * @summary Placeholder until the element's own issue lands.
 * @tag soundtrack-chart
 */
export class SoundtrackChart extends FeedElement {
  static override styles = [sharedStyles, styles];

  protected override renderFeed(feed: SoundtrackFeed): TemplateResult {
    return html`<ul>${feed.items.map((item) => html`<li>${item.title ?? item.artist}</li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soundtrack-chart': SoundtrackChart;
  }
}
