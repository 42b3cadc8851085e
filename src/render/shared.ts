import type { PartialDate, SoundtrackItem } from '../feed/types.js';
import type { Wording } from '../internal/localize/wording.js';
import { SortController, type SortHost, type SortOptions } from '../internal/sort-controller.js';
import { markup, type Markup, type Value } from './markup.js';

/** The element's attributes as the fallback reads them: name to value, `true` for a boolean one. */
export type Attributes = Readonly<Record<string, string | true>>;

/** A string attribute's value; `null` when it is absent or boolean. */
export const attribute = (attributes: Attributes, name: string): string | null => {
  const value = Object.hasOwn(attributes, name) ? attributes[name] : undefined;
  return typeof value === 'string' ? value : null;
};

/**
 * `items` in the order the element will show them for its `sort` attribute, through the element's
 * own `SortController` and options. It reads only the host's `sort` until a reader sorts, which a
 * static page cannot do, so a plain object stands in for the element.
 */
export function sortedItems<K extends string>(
  items: readonly SoundtrackItem[],
  sort: string | null,
  wording: Wording,
  options: Omit<SortOptions<SoundtrackItem, K>, 'announce'>,
): SoundtrackItem[] {
  const host = { sort } as SortHost;
  const sorting = new SortController<SoundtrackItem, K>(host, wording, { ...options, announce: () => {} });
  return Array.from(sorting.order(items), (position) => items[position]);
}

/** A value the feed lost: a dash, read as "unknown" (the element's mark; `.st-visually-hidden` is in soundtrack-widgets.css). */
export const unknownMark = (wording: Wording): Markup =>
  markup`<span class="st-unknown"><span aria-hidden="true">–</span><span class="st-visually-hidden">${wording.term('unknown')}</span></span>`;

/** Text only the screen reader says. */
export const spoken = (text: Value): Markup => markup`<span class="st-visually-hidden">${text}</span>`;

/** A date at its own precision in a `<time>`. */
export const timeOf = (date: PartialDate, wording: Wording): Markup =>
  markup`<time datetime="${date.iso}">${wording.date(date)}</time>`;

/** An item's blurb: its `content_text` as a paragraph. `content_html` is left out: sanitizing needs a DOM (see README). */
export const blurbText = (item: SoundtrackItem, className: string): Markup | null =>
  item.contentText ? markup`<p class="${className}" dir="auto">${item.contentText}</p>` : null;
