// Screenshots of every demo page at 1280 and 360 px, light and dark, in English, German and Arabic,
// into screenshots/ (git-ignored): the whole page, and the first screenful (-top) to look at in detail.
// Usage: npm run screenshots [-- page.html ...] [-- --lang=en,ja]
import { mkdirSync } from 'node:fs';
import { DEMO_PAGES, startDemoServer, visitDemoViews } from './browser.mjs';

const args = process.argv.slice(2);
const languages = (args.find((arg) => arg.startsWith('--lang='))?.slice(7) ?? 'en,de,ar').split(',');
const named = args.filter((arg) => !arg.startsWith('--'));
const pages = named.length ? named : DEMO_PAGES;
const server = await startDemoServer(5199);
const { origin } = server;

mkdirSync('screenshots', { recursive: true });
try {
  await visitDemoViews(origin, pages, async (page, { name, width, theme, lang }) => {
    const base = `screenshots/${name.replace('.html', '')}-${lang}-${width}-${theme}`;
    await page.screenshot({ path: `${base}.png`, fullPage: true });
    await page.screenshot({ path: `${base}-top.png` });
    console.log(`${base}.png, ${base}-top.png`);
  }, languages);
} finally {
  server.close();
}
