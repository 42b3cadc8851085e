import { partialDateOrdinal } from './dates.js';
import type { PartialDate } from './types.js';

export type SortDirection = 'asc' | 'desc';

export interface SortKey<K extends string = string> {
  readonly key: K;
  readonly direction: SortDirection;
}

/** Compares two known values; `null` (unknown) never reaches it. */
export type ValueComparator<T> = (a: T, b: T) => number;

const collators = new Map<string, Intl.Collator>();

/** Locale-aware text order ("Björk" among the B's, "Track 2" before "Track 10"), case-insensitive. */
export function textComparator(locale: string): ValueComparator<string> {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true, ignorePunctuation: false });
    collators.set(locale, collator);
  }
  return collator.compare;
}

export const compareNumbers: ValueComparator<number> = (a, b) => a - b;

/** Orders partial dates: 1980 before 1980-02 before 1980-02-14. */
export const comparePartialDates: ValueComparator<PartialDate> = (a, b) => partialDateOrdinal(a) - partialDateOrdinal(b);

/** Lists compare by their first entry, then the next; an empty list is unknown. */
export function listComparator<T>(compare: ValueComparator<T>): ValueComparator<readonly T[]> {
  return (a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compare(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  };
}

/**
 * How to read one sortable column of an item, and how to compare what it reads. (Method syntax, so
 * fields of different value types fit one record.)
 */
export interface SortField<T, V = unknown> {
  value(item: T): V | null;
  compare(a: V, b: V): number;
}

/**
 * Builds one comparator for a list of sort keys. Unknown values (`null`, empty lists) go last in
 * both directions; ties fall through to the next key and finally to `tieBreaker`, so sorting is
 * stable and repeatable.
 */
export function createComparator<T, K extends string>(
  keys: readonly SortKey<K>[],
  fields: Record<K, SortField<T>>,
  tieBreaker: (a: T, b: T) => number,
): (a: T, b: T) => number {
  const steps = keys.map(({ key, direction }) => ({
    field: fields[key],
    sign: direction === 'desc' ? -1 : 1,
  }));
  return (a, b) => {
    for (const { field, sign } of steps) {
      const left = field.value(a);
      const right = field.value(b);
      const leftUnknown = isUnknown(left);
      const rightUnknown = isUnknown(right);
      if (leftUnknown || rightUnknown) {
        if (leftUnknown !== rightUnknown) return leftUnknown ? 1 : -1;
        continue;
      }
      const order = field.compare(left, right);
      if (order !== 0) return sign * order;
    }
    return tieBreaker(a, b);
  };
}

function isUnknown(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0);
}

/** Feed order: by rank where both have one, then by position in the feed. */
export function compareFeedOrder(
  a: { rank: number | null; index: number },
  b: { rank: number | null; index: number },
): number {
  if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
  if ((a.rank === null) !== (b.rank === null)) return a.rank === null ? 1 : -1;
  return a.index - b.index;
}

/**
 * Reads a `sort` attribute: `"artist"`, `"released:desc"`, `"genres,artist:desc"`. Unknown keys
 * and repeated keys are dropped, so a typo never breaks the element.
 */
export function parseSort<K extends string>(value: string | null | undefined, keys: readonly K[]): SortKey<K>[] {
  const result: SortKey<K>[] = [];
  for (const part of (value ?? '').split(',')) {
    const [name, direction = 'asc'] = part.trim().toLowerCase().split(':');
    const key = keys.find((candidate) => candidate === name);
    if (!key || result.some((entry) => entry.key === key)) continue;
    if (direction !== 'asc' && direction !== 'desc') continue;
    result.push({ key, direction });
  }
  return result;
}

/** Writes sort keys back in the attribute's form; ascending needs no suffix. */
export function formatSort(keys: readonly SortKey[]): string {
  return keys.map(({ key, direction }) => (direction === 'desc' ? `${key}:desc` : key)).join(',');
}
