import type { SoundtrackFeed, SoundtrackItem } from '../feed/types.js';
import { headingLevelOf } from '../internal/heading.js';
import type { Wording } from '../internal/localize/wording.js';
import { LIST_SORT, entriesShown, type ListSortKey } from '../elements/better-than-movie-list/list-sort.js';
import { markup, type Markup } from './markup.js';
import { attribute, blurbText, sortedItems, type Attributes } from './shared.js';

function highlights(item: SoundtrackItem, wording: Wording): Markup | null {
  if (!item.artists.length && !item.tracks.length) return null;
  const songs = item.tracks.map((track) => {
    const title = markup`<q>${wording.isolate(track.title)}</q>`;
    return markup`<li>${track.artist === null ? title : wording.parts('songBy', { title, artist: track.artist })}</li>`;
  });
  return markup`<dl class="st-highlights">${item.artists.length
    ? markup`<div><dt>${wording.term('artistsLabel', { count: item.artists.length })}</dt><dd>${wording.list(item.artists)}</dd></div>`
    : null}${item.tracks.length ? markup`<div><dt>${wording.term('songsLabel', { count: item.tracks.length })}</dt><dd><ul>${songs}</ul></dd></div>` : null}</dl>`;
}

function entry(item: SoundtrackItem, level: number, wording: Wording): Markup {
  const { ratings } = item;
  const film = item.film === null ? markup`<span class="st-unknown">${wording.term('filmUnknown')}</span>` : markup`<cite>${item.film}</cite>`;
  const year = item.filmYear === null ? null : markup` <span class="st-year">(${wording.plainNumber(item.filmYear)})</span>`;
  const summary = ratings
    ? markup`<p class="st-ratings">${wording.term('ratingsSummary', {
        film: wording.decimal(ratings.film),
        soundtrack: wording.decimal(ratings.soundtrack),
        scale: wording.decimal(ratings.scale),
      })}</p>`
    : null;
  return markup`<li${item.rank === null ? null : markup` value="${item.rank}"`}>
<h${level} class="st-feed-text">${film}${year}</h${level}>
${summary}${highlights(item, wording)}${blurbText(item, 'st-blurb')}
</li>
`;
}

/**
 * `<better-than-movie-list>`'s fallback: an `<ol>` in the order of its `sort` (list position by
 * default), each entry's number its rank. With `limit`, the entries past it wait behind a
 * `<details>` "Show all", which works without a script, as the element's button does with one.
 */
export function listFallback(feed: SoundtrackFeed, attributes: Attributes, wording: Wording): Markup {
  const level = headingLevelOf(attribute(attributes, 'heading-level'));
  const sorted = sortedItems<ListSortKey>(feed.items, attribute(attributes, 'sort') ?? 'rank', wording, LIST_SORT);
  const limit = entriesShown(Number(attribute(attributes, 'limit')) || null, sorted.length);
  const entries = (items: SoundtrackItem[]) => items.map((item) => entry(item, level, wording));
  const first = markup`<ol class="st-list">\n${entries(sorted.slice(0, limit))}</ol>`;
  if (sorted.length <= limit) return first;
  return markup`${first}
<details class="st-more"><summary>${wording.term('showAll', { count: sorted.length })}</summary>
<ol class="st-list" start="${limit + 1}">\n${entries(sorted.slice(limit))}</ol>
</details>`;
}
