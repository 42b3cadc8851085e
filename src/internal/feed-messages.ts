import { FeedError, INLINE_SOURCE, PROPERTY_SOURCE } from '../feed/errors.js';
import type { SoundtrackFeed } from '../feed/types.js';
import type { TermKey } from './localize/terms.js';
import type { Wording } from './localize/wording.js';

const ERROR_TERMS: Record<FeedError['kind'], TermKey> = {
  http: 'errorHttp',
  timeout: 'errorTimeout',
  network: 'errorNetwork',
  json: 'errorJson',
  format: 'errorFormat',
};

/**
 * Why a feed could not be shown, for readers, in `wording`'s language: "top-100.json is not valid
 * JSON." An error that is not a `FeedError` keeps its own message.
 */
export function feedErrorMessage(error: Error, wording: Pick<Wording, 'term'>): string {
  if (!(error instanceof FeedError)) return error.message;
  const source =
    error.source === INLINE_SOURCE ? wording.term('sourceInline') : error.source === PROPERTY_SOURCE ? wording.term('sourceProperty') : error.source;
  return wording.term(ERROR_TERMS[error.kind], { source, status: error.status ?? '', count: error.seconds ?? 0 });
}

/**
 * What the feed layer left out, one English line each, for the publisher: "item 3 (id "x")
 * skipped: missing id", "item "x": _soundtrack.rank must be a whole number (left out)".
 */
export function feedProblems(feed: Pick<SoundtrackFeed, 'skipped' | 'warnings'>): string[] {
  return [
    ...feed.skipped.map((item) => `item ${item.index}${item.id ? ` (id "${item.id}")` : ''} skipped: ${item.reason}`),
    ...feed.warnings.map((warning) => `${warning.id ? `item "${warning.id}": ` : ''}${warning.reason}`),
  ];
}
