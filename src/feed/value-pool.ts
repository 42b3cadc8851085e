import type { PartialDate } from './types.js';

/** The one empty list that every item without entries shares; frozen, so that no item can change another's. */
export const NO_ENTRIES: readonly never[] = Object.freeze([]);

/**
 * One copy of each repeated value of a feed, for its normalized items. A chart names the same
 * artists, genres, films and dates thousands of times, and JSON.parse makes a new string or object
 * for every occurrence: once the feed document is gone, each would stay alive in its item. Shared
 * values are frozen, so that no item can change another's. Lives while one feed is read.
 */
export class ValuePool {
  private readonly texts = new Map<string, string>();
  private readonly dates = new Map<string, PartialDate>();
  private readonly lists = new Map<string, readonly string[]>();

  /** The first string of the feed with this text (an album title and its item title become one). */
  text(value: string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const kept = this.texts.get(value);
    if (kept !== undefined) return kept;
    this.texts.set(value, value);
    return value;
  }

  /** The first date of the feed written this way. */
  date(value: PartialDate | null): PartialDate | null {
    if (value === null) return null;
    const kept = this.dates.get(value.iso);
    if (kept) return kept;
    this.dates.set(value.iso, Object.freeze(value));
    return value;
  }

  /** The first list of the feed with these names in this order, its names shared too; `NO_ENTRIES` when empty. */
  names(values: readonly string[]): readonly string[] {
    if (!values.length) return NO_ENTRIES;
    const key = values.length === 1 ? values[0] : values.join('\n');
    const kept = this.lists.get(key);
    // Names may hold a line break themselves: a list is shared only when every name is the same.
    if (kept && kept.length === values.length && kept.every((name, i) => name === values[i])) return kept;
    const list = Object.freeze(values.map((name) => this.text(name)!));
    if (!kept) this.lists.set(key, list);
    return list;
  }
}

/** `list` mapped, or `NO_ENTRIES` when it is empty. */
export function entries<T, R>(list: readonly T[], map: (entry: T) => R): readonly R[] {
  return list.length ? list.map(map) : NO_ENTRIES;
}
