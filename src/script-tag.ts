// The script-tag entry, `dist/soundtrack-widgets.js`: a small loader that fetches, from the folder
// it was loaded from, only what the page uses, when it first uses it (in the HTML, or added later
// by a script). A page gets the one file made for the kinds of element it has: that element's
// file, or the file for that combination of kinds (`soundtrack-chart_better-than-movie-list.js`;
// `all-elements.js` for all four), rather than several copies of what the elements share.
// The files are fetched after the page's first paint, which the elements need not delay.
// Loading the loader twice is harmless: module URLs are fetched and run once.
export { setStrings } from './internal/localize/page-strings.js';

const TAGS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'];
const waiting = new Set(TAGS);
const folder = import.meta.url.replace(/[^/]*$/, '');

/** How many frames a page that reports no paint is waited for. */
const FRAMES_WITHOUT_PAINT = 4;

/**
 * Calls `run` once the page has painted for the first time. What the elements replace (their
 * static fallback, or the room soundtrack-widgets.css keeps for them) is already on the page, so
 * fetching and defining them, and their first renders, need not compete with that first paint.
 * The loader runs once the document is parsed and its style sheets have arrived, so the paint
 * comes soon after. A page that paints nothing yet (its elements are all it shows) goes on after
 * a few frames, a hidden one at once.
 */
function afterFirstPaint(run: () => void): void {
  if (document.visibilityState !== 'visible' || performance.getEntriesByType('paint').length) return run();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    run();
  };
  const observer = PerformanceObserver.supportedEntryTypes?.includes('paint') ? new PerformanceObserver(once) : undefined;
  observer?.observe({ type: 'paint' });
  // The first paint is reported once presented, which can take a frame or two more.
  let frames = 0;
  const frame = () => (++frames < FRAMES_WITHOUT_PAINT ? requestAnimationFrame(frame) : setTimeout(once));
  requestAnimationFrame(frame);
}

function load(file: string, tags: string[]): void {
  afterFirstPaint(() => {
    // A URL computed at run time, so the bundler leaves the files beside the loader to themselves.
    import(/* @vite-ignore */ `${folder}${file}.js`).catch((error: unknown) =>
      console.error(`soundtrack-widgets: ${tags.map((tag) => `<${tag}>`).join(', ')} could not be loaded (${String(error)}).`),
    );
  });
}

function loadUsed(root: ParentNode): void {
  const used = TAGS.filter((tag) => waiting.has(tag) && ((root as Element).localName === tag || root.querySelector(tag)));
  if (!used.length) return;
  used.forEach((tag) => waiting.delete(tag));
  // The one file made for exactly these kinds (scripts/script-files.mjs names them the same way).
  load(used.length === TAGS.length ? 'all-elements' : used.join('_'), used);
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsed(node);
});
observer.observe(document.documentElement, { childList: true, subtree: true });
loadUsed(document);
