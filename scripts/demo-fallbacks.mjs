// The demo articles as a publisher who runs the render step serves them: every element that names
// a demo feed (`src="./feeds/…"`) gets that feed inline and its static fallback (src/render), so
// the article shows its data before the script has run, and without it. `npm start` applies this
// through a Vite plugin (vite.config.ts); the scripts that serve the built demo through
// `serveBuiltDemo` (scripts/browser.mjs).

const ELEMENT = /<(soundtrack-chart|soundtrack-card|soundtrack-card-grid|better-than-movie-list)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;
const ATTRIBUTE = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;
const FEED_SRC = /^\.\/feeds\/([\w-]+\.json)$/;

/**
 * `html` with each demo-feed element replaced by `renderFallback`'s markup (its `src` becomes the
 * inline feed); children the page gave the element (a slotted footer) stay. `readFeed(file)` gives
 * the text of `demo/feeds/<file>`.
 */
export async function withFallbacks(html, { renderFallback, readFeed }) {
  const rendered = await Promise.all(
    [...html.matchAll(ELEMENT)].map(async ([whole, element, attributeText = '', children]) => {
      const { src, ...attributes } = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, value ?? true]));
      const file = typeof src === 'string' ? FEED_SRC.exec(src)?.[1] : undefined;
      if (!file) return whole;
      const { html: markup } = await renderFallback(await readFeed(file), { element, attributes, source: file });
      return children.trim() ? markup.replace(new RegExp(`</${element}>\\s*$`), `${children}</${element}>`) : markup;
    }),
  );
  let next = 0;
  return html.replace(ELEMENT, () => rendered[next++]);
}
