import type { ReactiveControllerHost } from 'lit';
import { formatSort, parseSort, SortIndex, textComparator, type SortDirection, type SortKey } from '../feed/compare.js';
import { emit } from './events.js';
import type { Wording } from './localize/wording.js';
import type { TermKey } from './localize/terms.js';
import { memoize } from './memoize.js';

/** How one sort key reads: its name inside "Sorted by …" and the words for each direction. */
export interface SortKeyLabels {
  readonly name: TermKey;
  readonly asc: TermKey;
  readonly desc: TermKey;
}

export interface SortHost extends ReactiveControllerHost, HTMLElement {
  sort: string | null;
}

interface Sortable {
  readonly rank: number | null;
  readonly index: number;
}

export interface SortOptions<T extends Sortable, K extends string> {
  /** Every key the `sort` attribute understands, in menu order. */
  readonly keys: readonly K[];
  /** One key's values over all items, ranked (see `rankValues`); runs once per key, feed and language. */
  readonly rank: (items: readonly T[], key: K, lang: string) => Int32Array;
  readonly labels: Readonly<Record<K, SortKeyLabels>>;
  /** The order without a usable `sort`; feed order when absent. */
  readonly fallback?: readonly SortKey<K>[];
  /** Whether a key can sort these items (the list's rating gap needs ratings). */
  readonly usable?: (key: K, items: readonly T[]) => boolean;
  /** Says a new order to screen-reader users. */
  readonly announce: (message: string) => void;
}

const flip = (direction: SortDirection): SortDirection => (direction === 'asc' ? 'desc' : 'asc');

/**
 * Sorting for an element with a `sort` attribute: parses it once per change, orders items through
 * a `SortIndex` (each key ranked once per feed and language), turns a header click or a menu
 * choice into new keys, reflects them to `sort`, emits `st-sort` and announces the order. Knows
 * nothing of any element: the element hands in its keys, rankers and labels.
 */
export class SortController<T extends Sortable, K extends string> {
  private parsedFrom: string | null | undefined;
  private parsed: SortKey<K>[] = [];

  private readonly index = memoize(
    (items: readonly T[], lang: string) => new SortIndex<T, K>(items, (key) => this.options.rank(items, key, lang)),
  );
  private readonly sorted = memoize((index: SortIndex<T, K>, sort: string) => index.order(parseSort(sort, this.options.keys)));

  constructor(
    private readonly host: SortHost,
    private readonly localize: Wording,
    private readonly options: SortOptions<T, K>,
  ) {
    // A page's first collator loads collation data (6 to 9 ms), which a first sort by text should not wait for.
    localize.prepareAlso(textComparator);
  }

  /** The keys in force for `items`: the usable keys of `sort`, else the fallback. */
  keysFor(items: readonly T[]): SortKey<K>[] {
    this.parse();
    const { usable, fallback = [] } = this.options;
    const keys = usable ? this.parsed.filter(({ key }) => usable(key, items)) : this.parsed;
    return keys.length ? keys : [...fallback];
  }

  /** The keys usable with `items`, in menu order. */
  usableKeys(items: readonly T[]): K[] {
    const { usable } = this.options;
    return this.options.keys.filter((key) => !usable || usable(key, items));
  }

  /** Positions of `items` in the order of `keysFor(items)`; the same array until the items, the keys or the language change. */
  order(items: readonly T[]): Uint32Array {
    return this.sorted(this.index(items, this.localize.lang), formatSort(this.keysFor(items)));
  }

  /**
   * A header click: sorts by `key` alone (flipping it when it already leads), or with `additive`
   * (Shift) adds it as the next tie-breaker or flips it in place.
   */
  toggle(key: K, additive: boolean, items: readonly T[]): void {
    const keys = this.keysFor(items);
    const current = keys.find((entry) => entry.key === key);
    let next: SortKey<K>[];
    if (additive) {
      next = current
        ? keys.map((entry) => (entry.key === key ? { key, direction: flip(entry.direction) } : entry))
        : [...keys, { key, direction: 'asc' }];
    } else {
      next = [{ key, direction: keys[0]?.key === key ? flip(keys[0].direction) : 'asc' }];
    }
    this.choose(next, key);
  }

  /** Sorts by `keys`; `changed` is the key the reader acted on (the first by default). */
  choose(keys: SortKey<K>[], changed: K = keys[0].key): void {
    this.host.sort = formatSort(keys);
    this.parse();
    const direction = keys.find((entry) => entry.key === changed)!.direction;
    emit(this.host, 'st-sort', { key: changed, direction, keys });
    this.options.announce(this.localize.term('sortedBy', { keys: this.describe(keys) }));
  }

  /** "artist, A to Z, then genres, Z to A". */
  describe(keys: readonly SortKey<K>[]): string {
    return keys.map((key) => this.describeKey(key)).join(this.localize.term('sortKeySeparator'));
  }

  /** "artist, A to Z". */
  describeKey({ key, direction }: SortKey<K>): string {
    return this.localize.term('sortKey', { name: this.localize.term(this.options.labels[key].name), direction: this.directionLabel(key, direction) });
  }

  /** "A to Z", "oldest first". */
  directionLabel(key: K, direction: SortDirection): string {
    return this.localize.term(this.options.labels[key][direction]);
  }

  private parse(): void {
    if (this.host.sort === this.parsedFrom) return;
    this.parsedFrom = this.host.sort;
    this.parsed = parseSort(this.host.sort, this.options.keys);
  }
}
