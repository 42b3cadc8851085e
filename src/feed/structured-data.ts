import type { ItemList, ListItem, Movie, MusicAlbum, WithContext } from 'schema-dts';
import type { SoundtrackFeed, SoundtrackItem } from './types.js';

/** What a list of items is to a search engine: albums (the chart and the cards) or films (the list). */
export type StructuredDataKind = 'albums' | 'movies';

/** A link as schema.org wants it: absolute, resolved against the page. */
const absolute = (url: string | null, base: string): string | undefined => (url === null ? undefined : new URL(url, base).href);

function album(item: SoundtrackItem, base: string): MusicAlbum {
  const name = item.album ?? item.title;
  return {
    '@type': 'MusicAlbum',
    ...(name === null ? {} : { name }),
    ...(item.artist === null ? {} : { byArtist: { '@type': 'MusicGroup', name: item.artist } }),
    ...(item.released === null ? {} : { datePublished: item.released.iso }),
    ...(item.genres.length ? { genre: [...item.genres] } : {}),
    ...(item.url === null ? {} : { url: absolute(item.url, base) }),
    ...(item.image === null ? {} : { image: absolute(item.image, base) }),
  };
}

function movie(item: SoundtrackItem, base: string): Movie {
  return {
    '@type': 'Movie',
    ...(item.film === null ? {} : { name: item.film }),
    ...(item.filmYear === null ? {} : { dateCreated: String(item.filmYear) }),
    ...(item.url === null ? {} : { url: absolute(item.url, base) }),
    ...(item.image === null ? {} : { image: absolute(item.image, base) }),
  };
}

/**
 * The schema.org JSON-LD of `items`: an `ItemList` of `MusicAlbum`s or of `Movie`s, each a
 * `ListItem` at its rank (else its place in the list), the shape search engines read for lists.
 * Only known facts are stated; relative links are resolved against `base`.
 */
export function structuredData(
  feed: SoundtrackFeed,
  items: readonly SoundtrackItem[],
  kind: StructuredDataKind,
  base: string,
): WithContext<ItemList> {
  const describe = kind === 'albums' ? album : movie;
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(feed.title === null ? {} : { name: feed.title }),
    numberOfItems: items.length,
    itemListElement: items.map((item, index): ListItem => ({ '@type': 'ListItem', position: item.rank ?? index + 1, item: describe(item, base) })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c` and
 * so on, so no string from the feed can end the script element or open a comment in it.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
