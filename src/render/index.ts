// `soundtrack-widgets/render`: the static fallback, for a CMS's build step or `npx soundtrack-widgets render`.
// Nothing here needs a DOM; it runs in Node 20 and in a browser.
export { renderFallback, missingFeedError, FallbackError, FALLBACK_ELEMENTS, type FallbackElement, type RenderOptions, type RenderResult } from './render.js';
