// Cumulative Layout Shift of every demo article as a reader on a slow connection meets it, from the
// built files (`serveBuiltDemo`): once as the plain snippet (the element and the stylesheet beside
// the script, the feed answering FEED_DELAY_MS late) and once as the render step writes it (the
// feed inline and the static fallback, the scripts answering FEED_DELAY_MS late). A `layout-shift`
// PerformanceObserver sums the shifts from the first paint until the elements have settled.
// Usage: npm run cls (builds dist/ first).
import { DEMO_PAGES, elementsSettled, launchChromium, observeLayoutShift, serveBuiltDemo } from './browser.mjs';

const FEED_DELAY_MS = 1500;
const WIDTHS = [360, 1280];

const snippet = await serveBuiltDemo({ fallbacks: false, feedDelay: FEED_DELAY_MS });
const fallback = await serveBuiltDemo();
const browser = await launchChromium();
try {
  for (const name of DEMO_PAGES) {
    for (const [mode, { origin }] of [['snippet', snippet], ['fallback', fallback]]) {
      const figures = [];
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        await observeLayoutShift(page);
        if (mode === 'fallback') await page.route(/\/dist\/.*\.js$/, (route) => setTimeout(() => route.continue(), FEED_DELAY_MS));
        await page.goto(`${origin}/demo/${name}`, { waitUntil: 'load' });
        await elementsSettled(page);
        figures.push(`${width} px ${(await page.evaluate(() => window.layoutShift)).toFixed(3)}`);
        await page.close();
      }
      console.log(`${name}, ${mode}: CLS ${figures.join(', ')}`);
    }
  }
} finally {
  await browser.close();
  snippet.server.close();
  fallback.server.close();
}
