import { FeedError } from './errors.js';
import { Issue, describeIssue, readField, type Rule } from './rules.js';
import {
  FACT_LISTS,
  FEED_EXTENSION_FIELDS,
  FEED_FIELDS,
  FeedRequired,
  ITEM_FIELDS,
  ITEM_ID,
  SOUNDTRACK_FIELDS,
  type FeedDocumentOutput,
  type ItemOutput,
} from './schema.js';
import { sanitizeHtml } from './sanitize.js';
import type { FeedWarning, SkippedItem, SoundtrackFeed, SoundtrackItem } from './types.js';
import { safeUrl } from './urls.js';
import { entries, valuePool, type ValuePool } from './value-pool.js';

/** A feed document, with what was wrong in its own fields (left out, with these warnings). */
export type FeedDocument = FeedDocumentOutput & { readonly warnings: FeedWarning[] };

/**
 * Checks that a parsed JSON value is a JSON Feed; throws a `FeedError` naming what is wrong when it
 * has no version or no items. A wrong title, link, language or date is left out with a warning.
 */
export function readFeedDocument(json: unknown, source: string): FeedDocument {
  const required = FeedRequired.read(json);
  if (required instanceof Issue) throw new FeedError('format', `${source} is not a JSON Feed: ${whyNotAFeed(json)}`, source);
  const warnings: FeedWarning[] = [];
  const warn: Warn = (field, reason) => warnings.push({ index: null, id: null, field, reason: `${reason} (left out)` });
  const raw = json as Record<string, unknown>;
  const extension = raw._soundtrack ?? {};
  const fields = readFields(FEED_FIELDS, raw, '', warn) as Pick<FeedDocumentOutput, keyof typeof FEED_FIELDS>;
  if (!isObject(extension)) warn('_soundtrack', '_soundtrack must be an object');
  const facts = readFields(FEED_EXTENSION_FIELDS, isObject(extension) ? extension : {}, '_soundtrack.', warn) as FeedDocumentOutput['_soundtrack'];
  return { ...required, ...fields, _soundtrack: facts, warnings };
}

/** Every reason a document is not a JSON Feed: "missing items", "version must be text; items must be a list". */
function whyNotAFeed(json: unknown): string {
  if (Array.isArray(json)) return 'it is a list, not an object with items';
  if (typeof json !== 'object' || json === null) return 'is not an object';
  const issues = Object.entries(FeedRequired.fields).map(([name, rule]) => readField(rule, json, name));
  return issues.flatMap((issue) => (issue instanceof Issue ? [describeIssue(issue)] : [])).join('; ');
}

export interface NormalizeOptions {
  /** Relative `url` and `image` values are resolved against it (the feed's own URL). */
  baseUrl?: string;
  /** Problems found while loading (a `next_url` page that failed), carried into the result. */
  warnings?: FeedWarning[];
  /** Stops the work between slices of a long feed. */
  signal?: AbortSignal;
  /**
   * Called at most once, for a feed too long to read in one slice, with the items read so far, so
   * an element can paint its first rows while the rest are checked.
   */
  onPreview?: (preview: SoundtrackFeed) => void;
}

/**
 * The feeds read so far, kept on the page rather than in this module (as the page strings are):
 * a feed that one copy of the library read (a one-element file) is known to another (the file of a
 * kind added later).
 */
const READ_FEEDS = Symbol.for('soundtrack-widgets.read-feeds');
const readFeeds: WeakSet<object> = ((globalThis as { [READ_FEEDS]?: WeakSet<object> })[READ_FEEDS] ??= new WeakSet());

/** True for a whole feed `normalizeFeed` returned, which needs no second reading. */
export const isReadFeed = (value: unknown): value is SoundtrackFeed => typeof value === 'object' && value !== null && readFeeds.has(value);

/** Milliseconds of reading before the thread is handed back to the browser so it can paint. */
const SLICE_MS = 12;
/** Items between two looks at the clock. */
const CLOCK_EVERY = 256;

/**
 * Validates every item of a feed (all its pages' items, in order) and normalizes the valid ones.
 * Invalid items are reported in `skipped` with a reason; they never hide the valid ones. A long
 * feed is read in slices, yielding to the browser between them.
 */
export async function normalizeFeed(
  document: FeedDocumentOutput,
  rawItems: readonly unknown[],
  { baseUrl, warnings = [], signal, onPreview }: NormalizeOptions = {},
): Promise<SoundtrackFeed> {
  const skipped: SkippedItem[] = [];
  const firstIndexById = new Map<string, number>();
  const items: SoundtrackItem[] = [];
  const unsanitized: { item: { contentHtml: string | null }; html: string }[] = [];
  const pool = valuePool();
  const result = (): SoundtrackFeed => ({
    title: document.title,
    homePageUrl: linkOrWarn(document.home_page_url, baseUrl, () => undefined),
    language: document.language,
    updated: document._soundtrack.updated,
    items: [...items],
    skipped: [...skipped],
    warnings: [...warnings],
  });
  const sanitizePending = async () => {
    const pending = unsanitized.splice(0);
    const clean = await Promise.all(pending.map(({ html }) => sanitizeHtml(html)));
    pending.forEach(({ item }, i) => (item.contentHtml = clean[i]));
  };

  let sliceStart = performance.now();
  for (const [index, raw] of rawItems.entries()) {
    // A feed long enough to take more than a slice shows its first items as soon as they are read.
    const previewNow = onPreview !== undefined && index === CLOCK_EVERY && rawItems.length > 2 * CLOCK_EVERY;
    if (index % CLOCK_EVERY === 0 && (previewNow || performance.now() - sliceStart > SLICE_MS)) {
      if (onPreview) {
        await sanitizePending();
        onPreview(result());
        onPreview = undefined;
        await afterNextPaint();
      } else {
        await yieldToBrowser();
      }
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
    const item = readItem(raw, index, warnings);
    if ('reason' in item) {
      skipped.push(item);
      continue;
    }
    const firstIndex = firstIndexById.get(item.id);
    if (firstIndex !== undefined) {
      skipped.push({ index, id: item.id, field: 'id', reason: `duplicate id "${item.id}" (first used by item ${firstIndex})` });
      continue;
    }
    firstIndexById.set(item.id, index);
    const normalized = normalizeItem(item, index, baseUrl, warnings, pool);
    if (item.content_html !== null) unsanitized.push({ item: normalized, html: item.content_html });
    items.push(normalized);
  }
  await sanitizePending();
  const feed = result();
  readFeeds.add(feed);
  return feed;
}

type Fields = Record<string, Rule<unknown>>;
type Warn = (field: string, reason: string) => void;

/**
 * Reads one item, forgiving inside it: a field (or one entry of a list of facts) that is wrong is
 * left out with a warning naming the item, the field and the reason, and the rest of the item
 * stays. Only an item without a usable `id` is skipped.
 */
function readItem(raw: unknown, index: number, warnings: FeedWarning[]): ItemOutput | SkippedItem {
  if (!isObject(raw)) return { index, id: null, field: '', reason: 'is not an object' };
  const id = ITEM_ID.read(raw.id);
  if (id instanceof Issue) {
    return { index, id: rawId(raw), field: 'id', reason: raw.id === undefined ? 'missing id' : describeIssue(id, 'id') };
  }
  const warn: Warn = (field, reason) => warnings.push({ index, id, field, reason: `${reason} (left out)` });
  const fields = readFields(ITEM_FIELDS, raw, '', warn) as Omit<ItemOutput, 'id' | '_soundtrack'>;
  const extension = raw._soundtrack ?? {};
  if (!isObject(extension)) warn('_soundtrack', '_soundtrack must be an object');
  return {
    id,
    ...fields,
    _soundtrack: readFields(SOUNDTRACK_FIELDS, isObject(extension) ? extension : {}, '_soundtrack.', warn, FACT_LISTS) as ItemOutput['_soundtrack'],
  };
}

/**
 * Each field on its own; a wrong one is left out: it reads as if absent (unknown, or an empty list),
 * with a warning. The fields named in `lists` are read entry by entry: a wrong entry is dropped,
 * the rest stay.
 */
function readFields(fields: Fields, raw: Record<string, unknown>, prefix: string, warn: Warn, lists: Fields = {}): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const name in fields) {
    const value = raw[name];
    const entry = Object.hasOwn(lists, name) ? lists[name] : undefined;
    if (entry && Array.isArray(value)) {
      read[name] = readEntries(entry, value, `${prefix}${name}`, warn);
      continue;
    }
    const result = fields[name].read(value);
    if (result instanceof Issue) {
      // The dotted name only when it is needed: reading a long feed builds it for no valid field.
      const field = `${prefix}${name}`;
      warn(field, describeIssue(result, field));
      read[name] = fields[name].read(undefined);
    } else {
      read[name] = result;
    }
  }
  return read;
}

/**
 * The entries of a list one by one: a wrong one is dropped with a warning ("_soundtrack.peaks.0
 * missing position", "_soundtrack.peaks.1.position must be a whole number").
 */
function readEntries(entry: Rule<unknown>, values: unknown[], field: string, warn: Warn): unknown[] {
  const read: unknown[] = [];
  values.forEach((value, position) => {
    const result = entry.read(value);
    if (result instanceof Issue) warn(`${field}.${position}`, describeIssue(result, `${field}.${position}`));
    else read.push(result);
  });
  return read;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Resolves once the browser has painted a frame, so a preview shows before the work goes on. */
function afterNextPaint(): Promise<void> {
  if (!globalThis.requestAnimationFrame) return yieldToBrowser();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/** Lets input and rendering in between two slices of work. */
function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * The item in its one shape; `contentHtml` stays null until the sanitizer has seen it. Repeated
 * text, dates and lists come from `pool`, and empty lists are one shared list: an item holds no
 * copy of what another item holds, and nothing of the feed document.
 */
function normalizeItem(
  item: ItemOutput,
  index: number,
  baseUrl: string | undefined,
  warnings: FeedWarning[],
  pool: ValuePool,
): SoundtrackItem & { contentHtml: string | null } {
  const facts = item._soundtrack;
  const { text } = pool;
  const warnUnsafe = (field: string) => () =>
    warnings.push({ index, id: item.id, field, reason: `${field} was dropped: only http:, https: and relative links are followed` });
  return {
    id: item.id,
    index,
    title: text(item.title),
    url: linkOrWarn(item.url, baseUrl, warnUnsafe('url')),
    image: linkOrWarn(item.image, baseUrl, warnUnsafe('image')),
    contentText: item.content_text,
    contentHtml: null,
    tags: pool.names(item.tags),
    rank: facts.rank ?? null,
    artist: text(facts.artist),
    album: text(facts.album),
    film: text(facts.film),
    filmYear: facts.film_year ?? null,
    released: pool.date(facts.released),
    genres: pool.names(facts.genres ?? []),
    peaks: entries(facts.peaks, (peak) => ({
      chart: peak.chart ?? null,
      position: peak.position ?? null,
      top: peak.top ?? null,
      work: peak.work ?? null,
      debut: peak.debut ?? false,
      region: peak.region ?? null,
    })),
    certifications: entries(facts.certifications, (cert) => ({ level: cert.level, body: cert.body ?? null, region: cert.region ?? null, count: cert.count ?? null })),
    awards: entries(facts.awards, (award) => ({ ...award, name: award.name ?? null, work: award.work ?? null, year: award.year ?? null, count: award.count ?? null })),
    tracks: entries(facts.tracks, (track) => ({ ...track, artist: track.artist ?? null })),
    artists: pool.names(facts.artists ?? []),
    ratings: facts.ratings ?? null,
    previousRank: facts.previous_rank ?? null,
    newEntry: facts.previous_rank === null,
    reentry: facts.reentry ?? false,
    peakRank: facts.peak_rank ?? null,
    weeksOnChart: facts.weeks_on_chart ?? null,
  };
}

function linkOrWarn(value: string | null, baseUrl: string | undefined, warn: () => void): string | null {
  if (value === null) return null;
  const url = safeUrl(value, baseUrl);
  if (url === null) warn();
  return url;
}

function rawId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return null;
  const { id } = raw;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}
