import * as v from 'valibot';
import { FeedError } from './errors.js';
import { FeedDocumentSchema, ItemSchema, describeIssue, type FeedDocumentOutput, type ItemOutput } from './schema.js';
import { sanitizeHtml } from './sanitize.js';
import type { FeedWarning, SkippedItem, SoundtrackFeed, SoundtrackItem } from './types.js';
import { safeUrl } from './urls.js';

/** Checks that a parsed JSON value is a JSON Feed; throws a `FeedError` naming what is wrong. */
export function readFeedDocument(json: unknown, source: string): FeedDocumentOutput {
  const result = v.safeParse(FeedDocumentSchema, json);
  if (result.success) return result.output;
  const problems = Array.isArray(json) ? ['it is a list, not an object with items'] : result.issues.map((issue) => describeIssue(issue).reason);
  throw new FeedError('format', `${source} is not a JSON Feed: ${problems.join('; ')}`, source);
}

export interface NormalizeOptions {
  /** Relative `url` and `image` values are resolved against it (the feed's own URL). */
  baseUrl?: string;
  /** Problems found while loading (a `next_url` page that failed), carried into the result. */
  warnings?: FeedWarning[];
}

/**
 * Validates every item of a feed (all its pages' items, in order) and normalizes the valid ones.
 * Invalid items are reported in `skipped` with a reason; they never hide the valid ones.
 */
export async function normalizeFeed(
  document: FeedDocumentOutput,
  rawItems: readonly unknown[],
  { baseUrl, warnings = [] }: NormalizeOptions = {},
): Promise<SoundtrackFeed> {
  const skipped: SkippedItem[] = [];
  const firstIndexById = new Map<string, number>();
  const items: SoundtrackItem[] = [];

  for (const [index, raw] of rawItems.entries()) {
    const result = v.safeParse(ItemSchema, raw);
    if (!result.success) {
      const { field, reason } = describeIssue(result.issues[0]);
      skipped.push({ index, id: rawId(raw), field, reason });
      continue;
    }
    const item = result.output;
    const firstIndex = firstIndexById.get(item.id);
    if (firstIndex !== undefined) {
      skipped.push({ index, id: item.id, field: 'id', reason: `duplicate id "${item.id}" (first used by item ${firstIndex})` });
      continue;
    }
    firstIndexById.set(item.id, index);
    items.push(await normalizeItem(item, index, baseUrl, warnings));
  }

  return {
    title: document.title,
    homePageUrl: linkOrWarn(document.home_page_url, baseUrl, () => undefined),
    language: document.language,
    updated: document._soundtrack.updated,
    items,
    skipped,
    warnings,
  };
}

async function normalizeItem(
  item: ItemOutput,
  index: number,
  baseUrl: string | undefined,
  warnings: FeedWarning[],
): Promise<SoundtrackItem> {
  const facts = item._soundtrack;
  const warnUnsafe = (field: string) => () =>
    warnings.push({ index, id: item.id, field, reason: `${field} was dropped: only http:, https: and relative links are followed` });
  return {
    id: item.id,
    index,
    title: item.title,
    url: linkOrWarn(item.url, baseUrl, warnUnsafe('url')),
    image: linkOrWarn(item.image, baseUrl, warnUnsafe('image')),
    contentText: item.content_text,
    contentHtml: item.content_html === null ? null : await sanitizeHtml(item.content_html),
    tags: item.tags,
    rank: facts.rank ?? null,
    artist: facts.artist ?? null,
    album: facts.album ?? null,
    film: facts.film ?? null,
    filmYear: facts.film_year ?? null,
    released: facts.released ?? null,
    genres: facts.genres ?? [],
    peaks: facts.peaks ?? [],
    certifications: facts.certifications ?? [],
    awards: (facts.awards ?? []).map((award) => ({ ...award, work: award.work ?? null, year: award.year ?? null })),
    tracks: (facts.tracks ?? []).map((track) => ({ ...track, artist: track.artist ?? null })),
    artists: facts.artists ?? [],
    ratings: facts.ratings ?? null,
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
