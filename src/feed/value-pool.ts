import type { PartialDate } from './types.js';

/** The one empty list that every item without entries shares; frozen, so that no item can change another's. */
export const NO_ENTRIES: readonly never[] = Object.freeze([]);

/** `list` mapped, or `NO_ENTRIES` when it is empty. */
export const entries = <T, R>(list: readonly T[], map: (entry: T) => R): readonly R[] => (list.length ? list.map(map) : NO_ENTRIES);

export interface ValuePool {
  /** The first string of the feed with this text (an album title and its item title become one). */
  text(value: string | null | undefined): string | null;
  /** The first date of the feed written this way. */
  date(value: PartialDate | null | undefined): PartialDate | null;
  /** The first list of the feed with these names in this order, its names shared too; `NO_ENTRIES` when empty. */
  names(values: readonly string[]): readonly string[];
}

/**
 * One copy of each repeated value of a feed, for its normalized items. A chart names the same
 * artists, genres, films and dates thousands of times, and JSON.parse makes a new string or object
 * for every occurrence: once the feed document is gone, each would stay alive in its item. Shared
 * values are frozen, so that no item can change another's. Lives while one feed is read.
 */
export function valuePool(): ValuePool {
  const texts = new Map<string, string>();
  const dates = new Map<string, PartialDate>();
  const lists = new Map<string, readonly string[]>();
  const keep = <V>(map: Map<string, V>, key: string, value: V): V => {
    const kept = map.get(key);
    if (kept !== undefined) return kept;
    map.set(key, value);
    return value;
  };
  const text = (value: string | null | undefined) => (value == null ? null : keep(texts, value, value));
  return {
    text,
    date(value) {
      if (!value) return null;
      return dates.get(value.iso) ?? keep(dates, value.iso, Object.freeze(value));
    },
    names(values) {
      if (!values.length) return NO_ENTRIES;
      const key = values.join('\n');
      const kept = lists.get(key);
      // A name may hold a line break itself: a list is shared only when every name is the same.
      if (kept?.length === values.length && kept.every((name, i) => name === values[i])) return kept;
      const list = Object.freeze(values.map((name) => text(name)!));
      return kept ? list : keep(lists, key, list);
    },
  };
}
