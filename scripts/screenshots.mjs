// Screenshots of every demo page at 1280 and 360 px, light and dark, into screenshots/ (git-ignored):
// the whole page, and the first screenful (-top) to look at in detail.
// Usage: npm run screenshots [-- page.html ...]
import { mkdirSync } from 'node:fs';
import { DEMO_PAGES, startDemoServer, visitDemoViews } from './browser.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : DEMO_PAGES;
const server = await startDemoServer(5199);
const { origin } = server;

mkdirSync('screenshots', { recursive: true });
try {
  await visitDemoViews(origin, pages, async (page, { name, width, theme }) => {
    const base = `screenshots/${name.replace('.html', '')}-${width}-${theme}`;
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    await page.screenshot({ path: `${base}-top.png` });
    console.log(`${base}.png, ${base}-top.png`);
  });
} finally {
  server.close();
}
