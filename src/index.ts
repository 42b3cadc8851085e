// Classes and the data layer only: importing this module registers nothing.
export { SoundtrackChart } from './elements/soundtrack-chart/soundtrack-chart.js';
export { SoundtrackCard } from './elements/soundtrack-card/soundtrack-card.js';
export { SoundtrackCardGrid } from './elements/soundtrack-card-grid/soundtrack-card-grid.js';
export { BetterThanMovieList } from './elements/better-than-movie-list/better-than-movie-list.js';
export { FeedElement, type LoadEventDetail, type ErrorEventDetail, type SortEventDetail } from './internal/feed-element.js';
export type { ChartSortEventDetail, ChartColumn } from './elements/soundtrack-chart/soundtrack-chart.js';
export type { ListSortEventDetail, ListSortKey } from './elements/better-than-movie-list/better-than-movie-list.js';
export { defineElement } from './internal/define-element.js';
export * from './feed/index.js';
