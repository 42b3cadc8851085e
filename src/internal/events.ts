import type { SortDirection, SortKey } from '../feed/compare.js';
import type { FeedWarning, SkippedItem, SoundtrackFeed, SoundtrackItem } from '../feed/types.js';

export interface LoadEventDetail {
  feed: SoundtrackFeed;
  items: readonly SoundtrackItem[];
  skipped: readonly SkippedItem[];
  warnings: readonly FeedWarning[];
}

export interface ErrorEventDetail {
  error: Error;
  /** What the element shows: the reason in the reader's language. `error.message` is the English detail. */
  message: string;
}

/** What `st-sort` says: the key the reader sorted by, its direction, and every key in order. */
export interface SortEventDetail<K extends string = string> {
  key: K;
  direction: SortDirection;
  /** Every sort key, primary first: what the `sort` attribute now holds. */
  keys: SortKey<K>[];
}

/** Every event the elements dispatch, by name. */
export interface SoundtrackEventMap {
  'st-load': LoadEventDetail;
  'st-error': ErrorEventDetail;
  'st-sort': SortEventDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'st-load': CustomEvent<LoadEventDetail>;
    'st-error': CustomEvent<ErrorEventDetail>;
    'st-sort': CustomEvent<SortEventDetail>;
  }
}

/** Dispatches one of the elements' events from `host`, bubbling and composed; a wrong name or detail fails the type-check. */
export function emit<N extends keyof SoundtrackEventMap>(host: EventTarget, name: N, detail: SoundtrackEventMap[N]): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
