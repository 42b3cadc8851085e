// Registers every element; the script-tag bundle is built from this file.
import './elements/soundtrack-chart/define.js';
import './elements/soundtrack-card/define.js';
import './elements/soundtrack-card-grid/define.js';
import './elements/better-than-movie-list/define.js';

export * from './index.js';
