// The script-tag entry, `dist/soundtrack-widgets.js`: a small loader that fetches, from the files
// beside it, only the elements the page uses, when it first uses them (in the HTML, or added later
// by a script). Loading it twice is harmless: module URLs are fetched and run once.
export { setStrings } from './internal/localize/registry.js';

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'soundtrack-chart': () => import('./elements/soundtrack-chart/define.js'),
  'soundtrack-card': () => import('./elements/soundtrack-card/define.js'),
  'soundtrack-card-grid': () => import('./elements/soundtrack-card-grid/define.js'),
  'better-than-movie-list': () => import('./elements/better-than-movie-list/define.js'),
};
const waiting = new Set(Object.keys(ELEMENTS));

function loadUsed(root: ParentNode): void {
  for (const tag of waiting) {
    if ((root as Element).localName !== tag && !root.querySelector(tag)) continue;
    waiting.delete(tag);
    ELEMENTS[tag]().catch((error: unknown) => console.error(`soundtrack-widgets: <${tag}> could not be loaded (${String(error)}).`));
  }
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadUsed(node);
});
observer.observe(document.documentElement, { childList: true, subtree: true });
loadUsed(document);
