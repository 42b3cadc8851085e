export * from './types.js';
export { FeedError, INLINE_SOURCE, PROPERTY_SOURCE, type FeedErrorKind, type FeedErrorFacts } from './errors.js';
export { parsePartialDate, formatPartialDate, partialDateOrdinal } from './dates.js';
export { safeUrl } from './urls.js';
export { sanitizeHtml } from './sanitize.js';
export { normalizeFeed, readFeedDocument, type FeedDocument } from './normalize.js';
export { loadFeed, readFeed, parseJson, clearFeedCache, DEFAULT_TIMEOUT, DEFAULT_MAX_PAGES, type LoadOptions } from './load.js';
export type { SortDirection, SortKey } from './compare.js';
