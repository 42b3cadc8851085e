// Registers every element, and exports nothing: the classes and the feed layer come from the
// package root (src/index.ts).
import './elements/soundtrack-chart/define.js';
import './elements/soundtrack-card/define.js';
import './elements/soundtrack-card-grid/define.js';
import './elements/better-than-movie-list/define.js';
