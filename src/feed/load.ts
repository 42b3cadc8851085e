import { FeedError, describeSource } from './errors.js';
import { isReadFeed, normalizeFeed, readFeedDocument } from './normalize.js';
import type { FeedWarning, SoundtrackFeed } from './types.js';

export interface LoadOptions {
  /** Cancels this caller's wait; the shared request stops only when every caller has cancelled. */
  signal?: AbortSignal;
  /** Milliseconds before a request that has not answered fails. */
  timeout?: number;
  /** How many `next_url` pages are followed after the first. */
  maxPages?: number;
  /** Fetch again even if a result is cached (a retry or a refresh). */
  reload?: boolean;
  /** Relative `src` values resolve against it; defaults to the page's address. */
  baseUrl?: string;
  /** Receives the first rows of a long feed while the rest are read (see `normalizeFeed`). */
  onPreview?: (preview: SoundtrackFeed) => void;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_PAGES = 20;

interface SharedLoad {
  readonly result: Promise<SoundtrackFeed>;
  readonly controller: AbortController;
  readonly previewListeners: Set<(preview: SoundtrackFeed) => void>;
  waiting: number;
  settled: boolean;
  /** How many items the feed has, once it loaded. */
  items: number;
}

/** By URL, oldest first: requests in flight, and feeds that loaded, for elements that ask again. */
const loads = new Map<string, SharedLoad>();
/**
 * How many loaded feeds are kept, and how many items they may hold together (a 100,000-item feed
 * is about 25 MB of heap); beyond either, the ones asked for longest ago are forgotten. The
 * newest is always kept. A feed an element shows stays alive in the element either way.
 */
const KEPT_FEEDS = 4;
const KEPT_ITEMS = 50_000;

/** Forgets every cached feed, so the next load of any URL asks the server again. */
export function clearFeedCache(): void {
  loads.clear();
}

/**
 * Loads, validates and normalizes the feed at `src`. Callers asking for the same absolute URL share
 * one in-flight request and, once it succeeds, one cached result (of the last few URLs asked for,
 * so a page that changes `src` often does not keep every feed); a failure is not cached.
 */
export function loadFeed(src: string, options: LoadOptions = {}): Promise<SoundtrackFeed> {
  const url = new URL(src, options.baseUrl ?? globalThis.location?.href).href;
  let load = loads.get(url);
  if (!load || (options.reload && load.settled)) {
    load = startLoad(url, options.timeout ?? DEFAULT_TIMEOUT, options.maxPages ?? DEFAULT_MAX_PAGES);
  }
  loads.delete(url);
  loads.set(url, load);
  const { onPreview } = options;
  if (onPreview && !load.settled) {
    load.previewListeners.add(onPreview);
    load.result.finally(() => load.previewListeners.delete(onPreview)).catch(() => {});
  }
  return waitFor(load, url, options.signal);
}

function startLoad(url: string, timeout: number, maxPages: number): SharedLoad {
  const controller = new AbortController();
  const previewListeners = new Set<(preview: SoundtrackFeed) => void>();
  const load: SharedLoad = {
    controller,
    previewListeners,
    waiting: 0,
    settled: false,
    items: 0,
    result: fetchPages(url, controller.signal, timeout, maxPages, (preview) => {
      for (const listener of previewListeners) listener(preview);
    }),
  };
  load.result.then(
    (feed) => {
      load.settled = true;
      load.items = feed.items.length;
      forgetOldFeeds();
    },
    () => {
      load.settled = true;
      if (loads.get(url) === load) loads.delete(url);
    },
  );
  return load;
}

function forgetOldFeeds(): void {
  let feeds = 0;
  let items = 0;
  for (const [url, load] of [...loads].reverse()) {
    if (!load.settled) continue;
    feeds++;
    items += load.items;
    if (feeds > 1 && (feeds > KEPT_FEEDS || items > KEPT_ITEMS)) loads.delete(url);
  }
}

function waitFor(load: SharedLoad, url: string, signal: AbortSignal | undefined): Promise<SoundtrackFeed> {
  if (!signal) return load.result;
  if (signal.aborted) return Promise.reject(signal.reason);
  load.waiting++;
  return new Promise((resolve, reject) => {
    const stopWaiting = () => {
      signal.removeEventListener('abort', cancel);
      load.waiting--;
    };
    const cancel = () => {
      stopWaiting();
      reject(signal.reason);
      if (load.waiting === 0 && !load.settled) {
        load.controller.abort(signal.reason);
        if (loads.get(url) === load) loads.delete(url);
      }
    };
    signal.addEventListener('abort', cancel, { once: true });
    load.result.then(
      (feed) => {
        if (signal.aborted) return;
        stopWaiting();
        resolve(feed);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        stopWaiting();
        reject(error);
      },
    );
  });
}

async function fetchPages(
  url: string,
  signal: AbortSignal,
  timeout: number,
  maxPages: number,
  onPreview: (preview: SoundtrackFeed) => void,
): Promise<SoundtrackFeed> {
  const source = describeSource(url);
  const first = readFeedDocument(await fetchJson(url, source, signal, timeout), source);
  const items = [...first.items];
  const warnings: FeedWarning[] = [...first.warnings];
  const seen = new Set([url]);
  let next = first.next_url;
  let pageUrl = url;
  for (let page = 1; next !== null && page <= maxPages; page++) {
    const nextUrl = new URL(next, pageUrl).href;
    if (seen.has(nextUrl) || !/^https?:$/.test(new URL(nextUrl).protocol)) break;
    seen.add(nextUrl);
    try {
      const document = readFeedDocument(await fetchJson(nextUrl, describeSource(nextUrl), signal, timeout), describeSource(nextUrl));
      items.push(...document.items);
      warnings.push(...document.warnings);
      next = document.next_url;
      pageUrl = nextUrl;
    } catch (error) {
      if (signal.aborted) throw error;
      warnings.push({ index: null, id: null, field: 'next_url', reason: `${(error as Error).message} The items before it are shown.` });
      next = null;
    }
  }
  if (next !== null) {
    warnings.push({ index: null, id: null, field: 'next_url', reason: `Stopped after ${maxPages + 1} pages; later pages were not loaded.` });
  }
  return normalizeFeed(first, items, { baseUrl: url, warnings, signal, onPreview });
}

async function fetchJson(url: string, source: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  const timeoutSignal = AbortSignal.timeout(timeout);
  const requestSignal = AbortSignal.any([signal, timeoutSignal]);
  let body: string;
  try {
    const response = await fetch(url, {
      signal: requestSignal,
      headers: { Accept: 'application/feed+json, application/json;q=0.9' },
    });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FeedError('http', `${source} could not be loaded: the server answered ${status}.`, source, { status: response.status, statusText: status });
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (timeoutSignal.aborted && !signal.aborted) {
      throw new FeedError('timeout', `${source} did not answer within ${formatSeconds(timeout)}.`, source, { seconds: timeout / 1000 });
    }
    if (signal.aborted) throw signal.reason;
    throw new FeedError('network', `${source} could not be reached. Check the address and that the server allows this page to read it (CORS).`, source);
  }
  return parseJson(body, source);
}

/** Parses a feed's text; a syntax error becomes a `FeedError` that says where the text breaks off. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = text.trim() ? (error as Error).message : 'the response is empty';
    throw new FeedError('json', `${source} is not valid JSON (${detail}).`, source);
  }
}

/**
 * Validates and normalizes a feed that is already in memory (the `feed` property or inline JSON).
 * A feed this library read already (an element's `feed` once read, `st-load`'s) is returned as it is.
 */
export function readFeed(
  json: unknown,
  source: string,
  options: Pick<LoadOptions, 'signal' | 'onPreview'> = {},
): Promise<SoundtrackFeed> {
  if (isReadFeed(json)) return Promise.resolve(json);
  const document = readFeedDocument(json, source);
  return normalizeFeed(document, document.items, { ...options, warnings: document.warnings });
}

function formatSeconds(milliseconds: number): string {
  const seconds = milliseconds / 1000;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
