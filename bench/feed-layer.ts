// What the bench times of the feed layer alone (no element): built beside the script-tag files by bench/run.mjs.
export { readFeed } from '../src/feed/load.js';
export { safeUrl } from '../src/feed/urls.js';
export { rankTexts, SortIndex } from '../src/feed/compare.js';
