import { html, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import { BrokenImages } from '../../internal/broken-images.js';
import { FeedElement } from '../../internal/feed-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { DEFAULT_HEADING_LEVEL } from '../../internal/heading.js';
import { renderCardBody, renderCardSkeleton } from './card-body.js';
import { cardBodyStyles } from './card-body.styles.js';
import { cardItem } from './card-text.js';
import { styles } from './soundtrack-card.styles.js';

/**
 * @summary One soundtrack album as a card: cover, titles, release date, chart peaks,
 * certifications, awards and key tracks, and the publisher's blurb. Drop one between the
 * paragraphs of an article; cards with the same `src` share one request.
 * @tag soundtrack-card
 *
 * @slot footer - The publisher's own additions below the blurb, e.g. a "Listen" link.
 *
 * @event st-load - The feed loaded. `detail`: `{ feed, items, skipped, warnings }`.
 * @event st-error - The feed could not be loaded or read. `detail`: `{ error, message }`.
 *
 * @csspart base - The wrapper of every state; carries `aria-busy` while loading.
 * @csspart loading - The card-sized placeholder shown while the feed loads.
 * @csspart error - The error message (`role="alert"`).
 * @csspart retry - The error's "Try again" button.
 * @csspart empty - The message for a feed without items or without the requested `item`.
 * @csspart card - The `<article>` around the card.
 * @csspart media - The cover art, or its placeholder when the item has no `image`.
 * @csspart header - The album title and artist.
 * @csspart title - The album title's heading.
 * @csspart meta - The film, film year, release date and genres (a `<dl>`).
 * @csspart badges - The list of achievements.
 * @csspart badge - Each achievement; each also has the part of its kind, below.
 * @csspart badge-peak - A chart peak ("No. 1 Billboard 200").
 * @csspart badge-certification - A certification ("Diamond, RIAA").
 * @csspart badge-won - An award won.
 * @csspart badge-nominated - An award nomination.
 * @csspart badge-track - A key track.
 * @csspart body - The blurb.
 * @csspart footer - The link and the `footer` slot.
 * @csspart link - The "Read more" link to the item's `url`.
 *
 * @cssproperty [--st-color-text=inherit] - Text colour.
 * @cssproperty [--st-color-muted=currentColor at 68%] - Labels of the facts.
 * @cssproperty [--st-color-border=currentColor at 18%] - The card's border.
 * @cssproperty [--st-color-surface=transparent] - Background behind the card.
 * @cssproperty [--st-color-surface-raised=currentColor at 5%] - The card's background.
 * @cssproperty [--st-color-accent=#2f5fd0] - Background of won awards, border of nominations.
 * @cssproperty [--st-color-accent-text=#fff] - Text on the accent colour.
 * @cssproperty [--st-color-tag=accent at 12%] - Background of the other badges.
 * @cssproperty [--st-color-link=currentColor] - The "Read more" link and links in the blurb.
 * @cssproperty [--st-color-focus=var(--st-color-accent)] - Focus ring.
 * @cssproperty [--st-color-error=#c62828] - Border of the error message.
 * @cssproperty [--st-loading-height=12rem] - Least height of the loading placeholder.
 * @cssproperty [--st-radius=0.5rem] - Corner radius of the card.
 * @cssproperty [--st-space=1rem] - Padding and gaps.
 * @cssproperty [--st-font-family=inherit] - Font.
 * @cssproperty [--st-font-size=1rem] - Base font size.
 * @cssproperty [--st-line-height=1.5] - Line height.
 * @cssproperty [--st-card-thumbnail-size=5.5rem] - Width of the cover beside the titles in the narrow layout.
 * @cssproperty [--st-card-cover-size=11rem] - Width of the cover beside the text in the wide layout.
 * @cssproperty [--st-card-title-size=1.375rem] - Font size of the album title.
 */
export class SoundtrackCard extends FeedElement {
  static override styles = [sharedStyles, cardBodyStyles, styles];

  static override properties: PropertyDeclarations = {
    item: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    footerFilled: { state: true, attribute: false },
  };

  /** The `id` of the feed item to show; without it, the first item. */
  item: string | null = null;

  /** Level of the album title's heading, 2-6 (default 2), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  private footerFilled = false;

  private readonly brokenImages = new BrokenImages(this);

  protected override render(): TemplateResult {
    return this.renderStates({
      empty: 'cardEmpty',
      loading: () => this.renderLoading(),
      data: (feed) => this.renderCard(feed),
    });
  }

  /** The one album the card shows: the `item` named, else the first. */
  protected override shownItems(feed: SoundtrackFeed): readonly SoundtrackItem[] {
    const item = cardItem(feed, this.item);
    return item ? [item] : [];
  }

  private renderCard(feed: SoundtrackFeed): TemplateResult {
    const [item] = this.shownItems(feed);
    if (!item) {
      // The album may be among the items of a long feed not read yet.
      if (this.feedState.partial) return this.renderLoading();
      return html`<p part="empty">${this.localize.term('albumNotFound', { id: this.item ?? '' })}</p>`;
    }
    return renderCardBody(item, {
      localize: this.localize,
      headingLevel: this.headingLevel,
      footer: html`<slot name="footer" @slotchange=${this.onFooterSlotChange}></slot>`,
      footerFilled: this.footerFilled,
      brokenImages: this.brokenImages,
    });
  }

  private renderLoading(): TemplateResult {
    return renderCardSkeleton(this.localize.term('cardLoading'));
  }

  private onFooterSlotChange(event: Event): void {
    this.footerFilled = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soundtrack-card': SoundtrackCard;
  }
}
