// The script-tag entry, `dist/soundtrack-widgets.js`: a small loader that fetches, from the folder
// it was loaded from, only what the page uses, when it first uses it (in the HTML, or added later
// by a script). A page with one kind of element gets that element's file; a page with several
// kinds gets `all-elements.js`, one file rather than several copies of what the elements share.
// Loading the loader twice is harmless: module URLs are fetched and run once.
export { setStrings } from './internal/localize/page-strings.js';

const TAGS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'];
const waiting = new Set(TAGS);
const folder = import.meta.url.replace(/[^/]*$/, '');

function load(file: string, tags: string[]): void {
  // A URL computed at run time, so the bundler leaves the files beside the loader to themselves.
  import(/* @vite-ignore */ `${folder}${file}.js`).catch((error: unknown) =>
    console.error(`soundtrack-widgets: ${tags.map((tag) => `<${tag}>`).join(', ')} could not be loaded (${String(error)}).`),
  );
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
