import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import { headingLevelOf } from '../internal/heading.js';
import type { Wording } from '../internal/localize/wording.js';
import { achievementBadges, BADGE_GLYPHS } from '../elements/soundtrack-card/badges.js';
import { albumTitle, cardItem, coverAlt, coverInitials } from '../elements/soundtrack-card/card-text.js';
import { markup, type Markup } from './markup.js';
import { attribute, blurbText, spoken, timeOf, type Attributes } from './shared.js';

function meta(item: SoundtrackItem, wording: Wording): Markup | null {
  const year = item.filmYear === null ? null : wording.plainNumber(item.filmYear);
  const entry = (label: string, value: Markup | string) => markup`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  const entries = [
    item.film ? entry(wording.term('labelFilm'), markup`<cite>${wording.isolate(item.film)}</cite>${year === null ? null : ` (${year})`}`) : null,
    !item.film && year !== null ? entry(wording.term('labelYear'), year) : null,
    item.released ? entry(wording.term('labelReleased'), timeOf(item.released, wording)) : null,
    item.genres.length ? entry(wording.term('labelGenres', { count: item.genres.length }), wording.unitList(item.genres)) : null,
  ].filter((value) => value !== null);
  return entries.length ? markup`<dl class="st-meta">${entries}</dl>` : null;
}

/** One album as an `<article>`: cover (or the placeholder's initials, drawn by the stylesheet), title, artist, facts, achievements, blurb and link, as the card shows them. */
function article(item: SoundtrackItem, level: number, wording: Wording): Markup {
  const title = albumTitle(item);
  const badges = achievementBadges(item, wording).map(
    (badge) => markup`<li class="st-badge st-badge-${badge.kind}"><span aria-hidden="true">${BADGE_GLYPHS[badge.kind]} </span>${badge.text}</li>`,
  );
  return markup`<article class="st-card">
${item.image
    ? markup`<img class="st-cover" src="${item.image}" alt="${coverAlt(item, wording)}" width="600" height="600" loading="lazy" decoding="async">`
    : markup`<span class="st-art" aria-hidden="true" data-initials="${coverInitials(title)}"></span>`}
<h${level} class="st-title st-feed-text">${title ?? wording.term('albumTitleUnknown')}</h${level}>
${item.artist ? markup`<p class="st-artist st-feed-text">${item.artist}</p>\n` : null}${meta(item, wording)}${badges.length ? markup`<ul class="st-badges" aria-label="${wording.term('achievements')}">${badges}</ul>` : null}
${blurbText(item, 'st-body')}${item.url
    ? markup`<p class="st-link"><a href="${item.url}">${wording.term('readMore')}${title ? spoken(` ${wording.term('aboutName', { name: title })}`) : null}</a></p>`
    : null}
</article>`;
}

/** `<soundtrack-card>`'s fallback: the `<article>` of its `item` (else the feed's first); `null` when the feed has no such item. */
export function cardFallback(feed: SoundtrackFeed, attributes: Attributes, wording: Wording): Markup | null {
  const item = cardItem(feed, attribute(attributes, 'item'));
  return item ? article(item, headingLevelOf(attribute(attributes, 'heading-level')), wording) : null;
}

/** `<soundtrack-card-grid>`'s fallback: a list of every album's `<article>`. */
export function gridFallback(feed: SoundtrackFeed, attributes: Attributes, wording: Wording): Markup {
  const level = headingLevelOf(attribute(attributes, 'heading-level'));
  return markup`<ul class="st-grid" role="list">\n${feed.items.map((item) => markup`<li>${article(item, level, wording)}</li>\n`)}</ul>`;
}
