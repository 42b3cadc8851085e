// The script-tag entry, `dist/soundtrack-widgets.js`: a small loader that fetches, from the folder
// it was loaded from, only what the page uses, when it first uses it (in the HTML, or added later
// by a script). A page with one kind of element gets that element's file; a page with several
// kinds gets `all-elements.js`, one file rather than several copies of what the elements share.
// The files are fetched after the page's first paint, which the elements need not delay.
// Loading the loader twice is harmless: module URLs are fetched and run once.
export { setStrings } from './internal/localize/page-strings.js';

const TAGS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'];
const waiting = new Set(TAGS);
const folder = import.meta.url.replace(/[^/]*$/, '');

/** The longest the elements wait for the page's first paint (a page that shows nothing yet). */
const FIRST_PAINT_TIMEOUT_MS = 1000;

/**
 * Calls `run` once the page has painted for the first time. What the elements replace (their
 * static fallback, or the room soundtrack-widgets.css keeps for them) is already on the page, so
 * fetching and defining them, and their first renders, need not compete with that first paint.
 * The loader runs once the document is parsed and its style sheets have arrived, so the paint
 * comes soon after.
 */
function afterFirstPaint(run: () => void): void {
  const painted = () => performance.getEntriesByType('paint').length > 0;
  if (document.visibilityState !== 'visible' || typeof PerformanceObserver !== 'function' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) {
    run();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    run();
  };
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'paint' });
  const timer = setTimeout(once, FIRST_PAINT_TIMEOUT_MS);
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
  const used = [...waiting].filter((tag) => (root as Element).localName === tag || root.querySelector(tag));
  if (!used.length) return;
  used.forEach((tag) => waiting.delete(tag));
  if (used.length > 1) {
    // Several kinds at once: the one file that has them all (and the ones still waiting).
    waiting.clear();
    load('all-elements', used);
  } else load(used[0], used);
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsed(node);
});
observer.observe(document.documentElement, { childList: true, subtree: true });
loadUsed(document);
