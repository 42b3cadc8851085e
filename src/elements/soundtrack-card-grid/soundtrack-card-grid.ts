import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SoundtrackFeed } from '../../feed/types.js';
import { BrokenImages } from '../../internal/broken-images.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { renderCardBody, renderCardSkeleton } from '../soundtrack-card/card-body.js';
import { cardBodyStyles } from '../soundtrack-card/card-body.styles.js';
import { styles } from './soundtrack-card-grid.styles.js';

const SKELETON_CARDS = 3;

/**
 * @summary Every album of a feed as a responsive grid of cards, as many columns as the
 * element's own width allows. Each card looks like a `<soundtrack-card>` and has the same parts.
 * The grid has no slots: a slot cannot be repeated per card, so per-album additions belong in
 * single `<soundtrack-card>` elements.
 * @tag soundtrack-card-grid
 *
 * @event st-load - The feed loaded. `detail`: `{ feed, items, skipped, warnings }`.
 * @event st-error - The feed could not be loaded or read. `detail`: `{ error, message }`.
 *
 * @csspart base - The wrapper of every state; carries `aria-busy` while loading.
 * @csspart loading - Each card-sized placeholder shown while the feed loads.
 * @csspart error - The error message (`role="alert"`).
 * @csspart retry - The error's "Try again" button.
 * @csspart empty - The message for a feed without items.
 * @csspart grid - The list that lays out the cards.
 * @csspart card - Each card's `<article>`.
 * @csspart media - A card's cover art, or its placeholder when the item has no `image`.
 * @csspart header - A card's album title and artist.
 * @csspart title - A card's album title heading.
 * @csspart meta - A card's film, film year, release date and genres (a `<dl>`).
 * @csspart badges - A card's list of achievements.
 * @csspart badge - Each achievement; each also has the part of its kind, below.
 * @csspart badge-peak - A chart peak ("No. 1 Billboard 200").
 * @csspart badge-certification - A certification ("Diamond, RIAA").
 * @csspart badge-won - An award won.
 * @csspart badge-nominated - An award nomination.
 * @csspart badge-track - A key track.
 * @csspart body - A card's blurb.
 * @csspart footer - A card's link.
 * @csspart link - A card's "Read more" link to the item's `url`.
 *
 * @cssproperty [--st-color-text=inherit] - Text colour.
 * @cssproperty [--st-color-muted=currentColor at 68%] - Labels of the facts.
 * @cssproperty [--st-color-border=currentColor at 18%] - The cards' borders.
 * @cssproperty [--st-color-surface=transparent] - Background behind the grid.
 * @cssproperty [--st-color-surface-raised=currentColor at 5%] - The cards' background.
 * @cssproperty [--st-color-accent=#2f5fd0] - Background of won awards, border of nominations.
 * @cssproperty [--st-color-accent-text=#fff] - Text on the accent colour.
 * @cssproperty [--st-color-tag=accent at 12%] - Background of the other badges.
 * @cssproperty [--st-color-link=currentColor] - The "Read more" links and links in the blurbs.
 * @cssproperty [--st-color-focus=var(--st-color-accent)] - Focus ring.
 * @cssproperty [--st-color-error=#c62828] - Border of the error message.
 * @cssproperty [--st-loading-height=12rem] - Least height of the loading placeholder.
 * @cssproperty [--st-radius=0.5rem] - Corner radius of the cards.
 * @cssproperty [--st-space=1rem] - Padding and gaps.
 * @cssproperty [--st-font-family=inherit] - Font.
 * @cssproperty [--st-font-size=1rem] - Base font size.
 * @cssproperty [--st-line-height=1.5] - Line height.
 * @cssproperty [--st-card-min-width=16rem] - The narrowest a column may get before the grid drops one.
 * @cssproperty [--st-card-thumbnail-size=5.5rem] - Width of a cover beside the titles when a card is narrow.
 * @cssproperty [--st-card-cover-size=11rem] - Width of a cover beside the text when a card is wide.
 * @cssproperty [--st-card-title-size=1.25rem] - Font size of the album titles.
 */
export class SoundtrackCardGrid extends FeedElement {
  static override styles = [sharedStyles, cardBodyStyles, styles];

  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };

  /** Level of each album title's heading, 2-6 (default 2), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  private readonly brokenImages = new BrokenImages(this);

  protected override readonly itemBatch = 4;

  protected override render(): TemplateResult {
    return this.renderStates({
      empty: 'cardEmpty',
      loading: () => html`<div class="grid">
        <span class="visually-hidden">${this.localize.term('gridLoading')}</span>
        ${Array.from({ length: SKELETON_CARDS }, () => renderCardSkeleton())}
      </div>`,
      data: (feed) => this.renderGrid(feed),
    });
  }

  private renderGrid(feed: SoundtrackFeed): TemplateResult {
    const options = { localize: this.localize, headingLevel: this.headingLevel, brokenImages: this.brokenImages };
    return html`<ul part="grid" class="grid" role="list">
      ${feed.items.slice(0, this.itemsToRender(feed.items.length)).map((item) => html`<li class="cell">${renderCardBody(item, options)}</li>`)}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soundtrack-card-grid': SoundtrackCardGrid;
  }
}
