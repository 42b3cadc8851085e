// Screenshots of every demo page at 1280 and 360 px, light and dark, into screenshots/ (git-ignored):
// the whole page, and the first screenful (-top) to look at in detail.
// Usage: npm run screenshots [-- page.html ...]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from './browser.mjs';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['index.html', 'chart.html', 'cards.html', 'better-than-the-movie.html'];
const port = 5199;
const server = spawn('node_modules/.bin/vite', ['--port', String(port), '--strictPort'], { stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; i++) {
  try {
    await fetch(`${origin}/demo/`);
    break;
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

mkdirSync('screenshots', { recursive: true });
const browser = await launchChromium();
try {
  for (const name of pages) {
    for (const width of [1280, 360]) {
      for (const theme of ['light', 'dark']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await page.goto(`${origin}/demo/${name}?theme=${theme}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(400);
        const base = `screenshots/${name.replace('.html', '')}-${width}-${theme}`;
        await page.screenshot({ path: `${base}.png`, fullPage: true });
        await page.screenshot({ path: `${base}-top.png` });
        console.log(`${base}.png, ${base}-top.png`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
