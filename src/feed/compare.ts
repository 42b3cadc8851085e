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

/** Folds case and accents ("Björk" -> "bjork") so text can be searched the way it is sorted. */
export function foldText(text: string): string {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return folded.toLowerCase();
}

/**
 * A plain string that orders roughly as textComparator does (case and accents folded, numbers by
 * value). It is only a hint that makes the collator's work cheaper (see rankValues), never the
 * order itself.
 */
export function textSortHint(text: string): string {
  const folded = foldText(text);
  return /\d/.test(folded) ? folded.replace(/\d+/g, (digits) => digits.padStart(16, '0')) : folded;
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

/** How rankValues reads one column: its order, the identity of a value and an optional cheap hint. */
export interface RankedField<V> {
  readonly compare: ValueComparator<V>;
  /** Equal keys mean equal values, so a value repeated across rows is ranked once. */
  readonly key: (value: V) => string | number;
  /** A string or number roughly in `compare`'s order, sorted first so that `compare` confirms a nearly sorted list. */
  readonly hint?: (value: V) => string | number;
}

/**
 * Ranks every value of a column once, so that any later sort by it is integer work: equal values
 * (by `compare`) share a rank, ranks count up from 0 in ascending order, unknown values (`null`,
 * empty lists) get -1. This is where the expensive comparator (a collator) runs: once per column
 * and locale, not on every sort.
 */
export function rankValues<V>(values: readonly (V | null | undefined)[], field: RankedField<V>): Int32Array {
  const keys = values.map((value) => (isUnknown(value) ? null : field.key(value as V)));
  const distinct = new Map<string | number, V>();
  keys.forEach((key, i) => {
    if (key !== null && !distinct.has(key)) distinct.set(key, values[i] as V);
  });
  let order = [...distinct.values()];
  if (field.hint) {
    const hinted = order.map((value) => ({ value, hint: field.hint!(value) }));
    hinted.sort((a, b) => (a.hint < b.hint ? -1 : a.hint > b.hint ? 1 : 0));
    order = hinted.map(({ value }) => value);
  }
  // Array#sort is stable and takes already sorted runs in linear time, so after a good hint this
  // costs about one comparison per distinct value.
  order = order.sort(field.compare);
  const rankOfKey = new Map<string | number, number>();
  let rank = -1;
  order.forEach((value, position) => {
    if (position === 0 || field.compare(order[position - 1], value) !== 0) rank++;
    rankOfKey.set(field.key(value), rank);
  });
  const ranks = new Int32Array(keys.length);
  keys.forEach((key, i) => (ranks[i] = key === null ? -1 : rankOfKey.get(key)!));
  return ranks;
}

/** One sort key over ranked values (see rankValues), indexed like the items being sorted. */
export interface RankedSortKey {
  readonly ranks: Int32Array;
  readonly direction: SortDirection;
}

/**
 * Orders item positions by ranked keys: the order createComparator gives with the same fields,
 * unknown last in both directions, ties falling through to the next key and finally to the order
 * of `base` (the item positions in tie-breaker order, e.g. sorted by compareFeedOrder). Runs one
 * stable counting sort per key, from the last key to the first, in time linear in the items.
 */
export function sortByRanks(base: ArrayLike<number>, keys: readonly RankedSortKey[]): Uint32Array {
  let order = Uint32Array.from(base);
  for (let k = keys.length - 1; k >= 0; k--) {
    const { ranks, direction } = keys[k];
    let unknownBucket = 0;
    for (const rank of ranks) if (rank >= unknownBucket) unknownBucket = rank + 1;
    const bucketOf = (position: number): number => {
      const rank = ranks[position];
      if (rank < 0) return unknownBucket;
      return direction === 'desc' ? unknownBucket - 1 - rank : rank;
    };
    const starts = new Uint32Array(unknownBucket + 2);
    for (const position of order) starts[bucketOf(position) + 1]++;
    for (let bucket = 1; bucket < starts.length; bucket++) starts[bucket] += starts[bucket - 1];
    const next = new Uint32Array(order.length);
    for (const position of order) next[starts[bucketOf(position)]++] = position;
    order = next;
  }
  return order;
}

/** Ranks numbers ascending; `null` is unknown. */
export function rankNumbers(values: readonly (number | null)[]): Int32Array {
  return rankValues(values, { compare: compareNumbers, key: (value) => value });
}

/** Ranks text in `locale`'s order (see textComparator); `null` is unknown. */
export function rankTexts(values: readonly (string | null)[], locale: string): Int32Array {
  return rankValues(values, { compare: textComparator(locale), key: (value) => value, hint: textSortHint });
}

/** Ranks partial dates, a year before its months and days; `null` is unknown. */
export function rankDates(values: readonly (PartialDate | null)[]): Int32Array {
  // The ordinal tells dates and precisions apart (1997 and 1997-05 differ), and a number is a cheaper key than the text.
  return rankValues(values, { compare: comparePartialDates, key: partialDateOrdinal });
}

/** Ranks lists of text by their first entry, then the next; an empty list is unknown. */
export function rankTextLists(values: readonly (readonly string[])[], locale: string): Int32Array {
  return rankValues(values, {
    compare: listComparator(textComparator(locale)),
    key: (list) => list.join('\n'),
    hint: (list) => list.map(textSortHint).join('\u0000'),
  });
}

/**
 * Sorts one list of items by named keys. Each key's column is ranked on first use (`rankColumn`,
 * usually one of the rank helpers above), so every later sort by it is integer work. Unknown values
 * go last in both directions; ties fall through to the next key and finally to feed order
 * (compareFeedOrder).
 */
export class SortIndex<T extends { rank: number | null; index: number }, K extends string> {
  /** Item positions in feed order. */
  readonly feedOrder: Uint32Array;
  private readonly ranks = new Map<K, Int32Array>();

  constructor(
    readonly items: readonly T[],
    private readonly rankColumn: (key: K) => Int32Array,
  ) {
    const positions = Array.from(items.keys());
    // Feeds usually list items in rank order already; checking that is cheaper than sorting.
    const inOrder = positions.every((i) => i === 0 || compareFeedOrder(items[i - 1], items[i]) <= 0);
    this.feedOrder = Uint32Array.from(inOrder ? positions : positions.sort((a, b) => compareFeedOrder(items[a], items[b])));
  }

  /** Item positions sorted by `keys`, primary key first; feed order without keys. */
  order(keys: readonly SortKey<K>[]): Uint32Array {
    if (!keys.length) return this.feedOrder;
    return sortByRanks(
      this.feedOrder,
      keys.map(({ key, direction }) => ({ ranks: this.ranksOf(key), direction })),
    );
  }

  private ranksOf(key: K): Int32Array {
    let ranks = this.ranks.get(key);
    if (!ranks) {
      ranks = this.rankColumn(key);
      this.ranks.set(key, ranks);
    }
    return ranks;
  }
}
