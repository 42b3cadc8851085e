import type { SoundtrackFeed, SoundtrackItem } from '../../feed/types.js';
import type { Wording } from '../../internal/localize/wording.js';

// What a card says, without a DOM: shared by the card's template (card-body.ts) and the static
// fallback (src/render/).

/** The one album a card shows: the item with the id `item`, else the feed's first; `undefined` when there is none. */
export function cardItem(feed: SoundtrackFeed, item: string | null): SoundtrackItem | undefined {
  return item === null ? feed.items[0] : feed.items.find((candidate) => candidate.id === item);
}

/** The album's own title, else the feed item's title. */
export function albumTitle(item: SoundtrackItem): string | null {
  return item.album ?? item.title;
}

/** "Cover of Purple Rain by Prince". */
export function coverAlt(item: SoundtrackItem, localize: Wording): string {
  const title = albumTitle(item) ?? localize.term('untitledAlbum');
  return item.artist ? localize.term('coverOfBy', { title, artist: item.artist }) : localize.term('coverOf', { title });
}

const LEADING_ARTICLE = /^(the|a|an)$/i;

/** Up to two letters for the placeholder cover: "The Lion King" gives "LK", "8 Mile" gives "8M". */
export function coverInitials(title: string | null): string {
  const words = (title ?? '').split(/[\s:/-]+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const significant = words.length > 1 && LEADING_ARTICLE.test(words[0]) ? words.slice(1) : words;
  return significant
    .slice(0, 2)
    .map((word) => [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0]?.toLocaleUpperCase() ?? '')
    .join('');
}
