export * from './types.js';
export { FeedError, type FeedErrorKind } from './errors.js';
export { parsePartialDate, formatPartialDate, partialDateOrdinal } from './dates.js';
export { safeUrl } from './urls.js';
export { sanitizeHtml } from './sanitize.js';
export { normalizeFeed, readFeedDocument } from './normalize.js';
export { loadFeed, readFeed, parseJson, clearFeedCache, DEFAULT_TIMEOUT, DEFAULT_MAX_PAGES, type LoadOptions } from './load.js';
export {
  textComparator,
  compareNumbers,
  comparePartialDates,
  listComparator,
  compareFeedOrder,
  rankValues,
  rankNumbers,
  rankTexts,
  rankDates,
  rankTextLists,
  sortByRanks,
  SortIndex,
  parseSort,
  formatSort,
  type SortDirection,
  type SortKey,
  type RankedField,
  type RankedSortKey,
  type ValueComparator,
} from './compare.js';
