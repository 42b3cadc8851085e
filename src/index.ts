// Classes, the feed layer and the language settings only: importing this module registers nothing.
export { SoundtrackChart, type ChartSortEventDetail, type ChartColumn } from './elements/soundtrack-chart/soundtrack-chart.js';
export { SoundtrackCard } from './elements/soundtrack-card/soundtrack-card.js';
export { SoundtrackCardGrid } from './elements/soundtrack-card-grid/soundtrack-card-grid.js';
export { BetterThanMovieList, type ListSortEventDetail, type ListSortKey } from './elements/better-than-movie-list/better-than-movie-list.js';
export { FeedElement } from './internal/feed-element.js';
export type { LoadEventDetail, ErrorEventDetail, SortEventDetail, SoundtrackEventMap } from './internal/events.js';
export { SHIPPED_LANGUAGES } from './internal/localize/registry.js';
export { setStrings } from './internal/localize/page-strings.js';
export type { TermKey, TermOverrides, Plural, Translation } from './internal/localize/terms.js';
export { defineElement } from './internal/define-element.js';
export * from './feed/index.js';
