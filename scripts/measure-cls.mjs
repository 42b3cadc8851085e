// Cumulative Layout Shift of every demo article as a reader on a slow connection meets it: the
// built script-tag files (dist/) with the stylesheet beside them, in place of the sources the dev
// server uses, and every feed answering after FEED_DELAY_MS. A `layout-shift` PerformanceObserver
// sums the shifts from the first paint until the elements have settled; one line per page and width.
// Usage: npm run cls (builds dist/ first).
import { readFile } from 'node:fs/promises';
import { DEMO_PAGES, elementsSettled, launchChromium, observeLayoutShift, serveFolder } from './browser.mjs';

const FEED_DELAY_MS = 1500;
const WIDTHS = [360, 1280];

const { server, origin } = await serveFolder('.', {
  headers: () => ({ 'Cache-Control': 'no-store' }),
  async respond(path) {
    if (/^\/demo\/feeds\/[\w-]+\.json$/.test(path)) {
      await new Promise((resolve) => setTimeout(resolve, FEED_DELAY_MS));
      return { type: 'application/feed+json', body: await readFile(`.${path}`) };
    }
    if (/^\/demo\/[\w-]+\.html$/.test(path)) {
      const html = await readFile(`.${path}`, 'utf8');
      return {
        type: 'text/html',
        body: html
          .replace('<script type="module" src="/src/define.ts"></script>', '<script type="module" src="/dist/soundtrack-widgets.js"></script>')
          .replace('href="/src/soundtrack-widgets.css"', 'href="/dist/soundtrack-widgets.css"'),
      };
    }
    return undefined;
  },
});
const browser = await launchChromium();
try {
  for (const name of DEMO_PAGES) {
    const figures = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await observeLayoutShift(page);
      await page.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
      await elementsSettled(page);
      figures.push(`${width} px ${(await page.evaluate(() => window.layoutShift)).toFixed(3)}`);
      await page.close();
    }
    console.log(`${name}: CLS ${figures.join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
