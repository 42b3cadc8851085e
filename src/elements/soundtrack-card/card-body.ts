import { html, nothing, type TemplateResult } from 'lit';
import type { SoundtrackItem } from '../../feed/types.js';
import { blurbContent } from '../../internal/blurb.js';
import type { BrokenImages } from '../../internal/broken-images.js';
import { heading } from '../../internal/heading.js';
import type { Wording } from '../../internal/localize/wording.js';
import { styleProperties } from '../../internal/style-properties.js';
import { unknownValue } from '../../internal/unknown.js';
import { achievementBadges, BADGE_GLYPHS } from './badges.js';
import { albumTitle, coverAlt, coverInitials } from './card-text.js';

export interface CardBodyOptions {
  /** The element's language: every word, date and number. */
  localize: Wording;
  /** Level of the album title's heading, 2-6; anything else is 3. */
  headingLevel: number;
  /** Extra content for the footer, e.g. a `<slot>`; the card's link comes first. */
  footer?: TemplateResult;
  /** Whether `footer` has anything to show; without it and without a link the footer is hidden. */
  footerFilled?: boolean;
  /** Covers that failed to load show the placeholder instead. */
  brokenImages: BrokenImages;
}

/**
 * Hues that keep white initials legible, in an order where neighbours differ. Picked by feed
 * position, so a card shows the same colour on its own and in a grid.
 */
const PLACEHOLDER_HUES = [212, 14, 168, 282, 352, 192, 250, 328, 32, 138, 300, 232];

function renderCover(item: SoundtrackItem, { brokenImages, localize }: CardBodyOptions): TemplateResult {
  const { image } = item;
  if (image && !brokenImages.has(image)) {
    return html`<div part="media" class="media">
      <img
        src=${image}
        alt=${coverAlt(item, localize)}
        loading="lazy"
        decoding="async"
        width="600"
        height="600"
        @error=${() => brokenImages.failedToLoad(image)}
      />
    </div>`;
  }
  return html`<div
    part="media"
    class="media placeholder"
    ${styleProperties({ '--_hue': String(PLACEHOLDER_HUES[item.index % PLACEHOLDER_HUES.length]) })}
    aria-hidden="true"
  >
    <span class="initials">${coverInitials(albumTitle(item))}</span>
    <svg class="vinyl" viewBox="0 0 100 100" focusable="false">
      <circle cx="50" cy="50" r="49" class="disc" />
      <circle cx="50" cy="50" r="41" class="groove" />
      <circle cx="50" cy="50" r="34" class="groove" />
      <circle cx="50" cy="50" r="27" class="groove" />
      <circle cx="50" cy="50" r="17" class="label" />
      <circle cx="50" cy="50" r="2.5" class="hole" />
    </svg>
  </div>`;
}

function renderTitle(item: SoundtrackItem, { headingLevel, localize }: CardBodyOptions): TemplateResult {
  const title = albumTitle(item);
  return heading(headingLevel, { part: 'title', class: 'title feed-text' }, title ?? unknownValue(localize.term('albumTitleUnknown')));
}

function renderMeta(item: SoundtrackItem, localize: Wording): TemplateResult | typeof nothing {
  const year = item.filmYear === null ? null : localize.plainNumber(item.filmYear);
  const film = item.film
    ? html`<div><dt>${localize.term('labelFilm')}</dt><dd><cite>${localize.isolate(item.film)}</cite>${year === null ? nothing : ` (${year})`}</dd></div>`
    : year === null
      ? nothing
      : html`<div><dt>${localize.term('labelYear')}</dt><dd>${year}</dd></div>`;
  const released = item.released
    ? html`<div>
        <dt>${localize.term('labelReleased')}</dt>
        <dd><time datetime=${item.released.iso}>${localize.date(item.released)}</time></dd>
      </div>`
    : nothing;
  const genres = item.genres.length
    ? html`<div><dt>${localize.term('labelGenres', { count: item.genres.length })}</dt><dd>${localize.unitList(item.genres)}</dd></div>`
    : nothing;
  if (film === nothing && released === nothing && genres === nothing) return nothing;
  return html`<dl part="meta" class="meta">${film}${released}${genres}</dl>`;
}

function renderBadges(item: SoundtrackItem, localize: Wording): TemplateResult | typeof nothing {
  const badges = achievementBadges(item, localize);
  if (!badges.length) return nothing;
  return html`<ul part="badges" class="badges tag-list" aria-label=${localize.term('achievements')}>
    ${badges.map(
      (badge) => html`<li part="badge badge-${badge.kind}" class="badge ${badge.kind}">
        <span class="glyph" aria-hidden="true">${BADGE_GLYPHS[badge.kind]}</span>${badge.text}
      </li>`,
    )}
  </ul>`;
}

function renderBlurb(item: SoundtrackItem): TemplateResult | typeof nothing {
  const content = blurbContent(item);
  return content === nothing ? nothing : html`<div part="body" class="body" dir="auto">${content}</div>`;
}

function renderFooter(item: SoundtrackItem, options: CardBodyOptions): TemplateResult {
  const title = albumTitle(item);
  const hidden = !item.url && !options.footerFilled;
  return html`<footer part="footer" class="footer" ?hidden=${hidden}>
    ${item.url
      ? html`<a part="link" class="link" href=${item.url}
          >${options.localize.term('readMore')}<span class="visually-hidden">${title ? ` ${options.localize.term('aboutName', { name: title })}` : ''}</span></a
        >`
      : nothing}
    ${options.footer ?? nothing}
  </footer>`;
}

/**
 * One album as a card: cover, titles, meta, achievement badges, blurb and link. A pure template,
 * shared by `<soundtrack-card>` and `<soundtrack-card-grid>`; style it with `cardBodyStyles`.
 */
export function renderCardBody(item: SoundtrackItem, options: CardBodyOptions): TemplateResult {
  return html`<article part="card" class="card">
    <div class="layout">
      ${renderCover(item, options)}
      <header part="header" class="header">
        ${renderTitle(item, options)} ${item.artist ? html`<p class="artist feed-text">${item.artist}</p>` : nothing}
      </header>
      <div class="details">
        ${renderMeta(item, options.localize)} ${renderBadges(item, options.localize)} ${renderBlurb(item)} ${renderFooter(item, options)}
      </div>
    </div>
  </article>`;
}

/** A card-shaped placeholder with the same cover and text blocks, so nothing moves when data arrives. */
export function renderCardSkeleton(label?: string): TemplateResult {
  return html`<div part="loading" class="card skeleton">
    ${label ? html`<span class="visually-hidden">${label}</span>` : nothing}
    <div class="layout">
      <div class="media"></div>
      <div class="header">
        <span class="line title-line"></span>
        <span class="line artist-line"></span>
      </div>
      <div class="details">
        <span class="line meta-line"></span>
        <span class="line pill"></span>
        <span class="text-lines">
          <span class="line"></span><span class="line"></span><span class="line narrow-only"></span
          ><span class="line narrow-only"></span><span class="line"></span>
        </span>
      </div>
    </div>
  </div>`;
}
