// Cumulative Layout Shift of the static fallback (`soundtrack-widgets render`) as a reader on a
// slow connection meets it: an article with each element's rendered markup from a demo feed,
// the built script-tag files (dist/) answering SCRIPT_DELAY_MS late, so the fallback shows first
// and the element then upgrades from its inline feed. One line per element and width; exits 1 when
// a figure is above LIMIT. Usage: npm run cls:fallback (builds dist/ first).
import { readFile } from 'node:fs/promises';
import { elementsSettled, launchChromium, observeLayoutShift, serveFolder } from './browser.mjs';
import { renderFallback } from '../dist/npm/render/index.js';

const SCRIPT_DELAY_MS = 1500;
const WIDTHS = [360, 1280];
const LIMIT = 0.01;
const CASES = [
  ['soundtrack-chart', 'top-100', {}],
  ['soundtrack-card', 'aged-well', { item: 'batman-1989' }],
  ['soundtrack-card-grid', 'aged-well', {}],
  ['better-than-movie-list', 'better-than-the-movie', { limit: '10' }],
];

const pages = new Map();
for (const [element, feed, attributes] of CASES) {
  const { html } = await renderFallback(await readFile(`demo/feeds/${feed}.json`, 'utf8'), { element, attributes, source: `${feed}.json` });
  pages.set(`/${element}.html`, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${element}</title>
<link rel="stylesheet" href="/dist/soundtrack-widgets.css">
<link rel="stylesheet" href="/demo/demo.css">
<script type="module" src="/dist/soundtrack-widgets.js"></script>
</head><body><main><h1>An article</h1><p>The paragraph before the element.</p>
${html}
<p>The paragraph after it, which moves if the element changes its height.</p>${'<p>More of the article.</p>'.repeat(20)}</main></body></html>`);
}

const { server, origin } = await serveFolder('.', {
  headers: () => ({ 'Cache-Control': 'no-store' }),
  async respond(path) {
    if (pages.has(path)) return { type: 'text/html', body: pages.get(path) };
    if (/^\/dist\/[\w-]+\.js$/.test(path)) {
      await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
      return { type: 'text/javascript', body: await readFile(`.${path}`) };
    }
    return undefined;
  },
});
const browser = await launchChromium();
let over = 0;
try {
  for (const [element] of CASES) {
    const figures = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await observeLayoutShift(page);
      const height = () => page.evaluate((tag) => Math.round(document.querySelector(tag).getBoundingClientRect().height), element);
      await page.goto(`${origin}/${element}.html`, { waitUntil: 'commit' });
      await page.waitForSelector(`${element}:not(:defined) > .st-fallback`);
      const before = await height();
      await elementsSettled(page);
      const shift = await page.evaluate(() => window.layoutShift);
      if (shift > LIMIT) over++;
      figures.push(`${width} px ${shift.toFixed(3)} (${before} px high before the script, ${await height()} px after)`);
      await page.close();
    }
    console.log(`${element} with its fallback: CLS ${figures.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(over ? 1 : 0);
