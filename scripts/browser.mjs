// What every script that drives Chromium shares: how to launch Debian's Chromium headless on this
// kind of machine, and a small static file server on loopback.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or the browser named by CHROME_PATH, and the flags it needs on this kind of machine. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves the files under `root` on 127.0.0.1 at a free port. `headers(file)` adds response headers.
 * `mounts` serves other folders under a path prefix (`{ '/profile-dist/': '/tmp/build' }`), and
 * `respond(path)` may answer a path itself with `{ type, body }` (content made in memory), or a
 * promise of one (an answer that takes its time).
 * `/favicon.ico` answers 204: pages without an icon would otherwise log a 404 as a console error.
 * With `compress`, text answers go gzipped to a browser that accepts it, as a CDN or a publisher's
 * web server sends them (Lighthouse would otherwise time every byte of the uncompressed files).
 */
export async function serveFolder(root, { headers = () => ({}), mounts = {}, respond = () => undefined, compress = false } = {}) {
  const gzipped = new Map();
  const send = (request, response, { type, body }, extraHeaders, key) => {
    const textual = /^text\/|json|javascript|svg/.test(type);
    if (compress && textual && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      const encoded = gzipped.get(key);
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...extraHeaders });
      return response.end(encoded);
    }
    response.writeHead(200, { 'Content-Type': type, ...extraHeaders }).end(body);
  };
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const answer = await respond(path);
    if (answer) return send(request, response, answer, headers(path), path);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const file = mount ? join(mounts[mount], path.slice(mount.length)) : join(root, path.endsWith('/') ? `${path}index.html` : path);
    let body;
    try {
      body = await readFile(file);
    } catch {
      return response.writeHead(404).end();
    }
    send(request, response, { type: TYPES[extname(file)] ?? 'application/octet-stream', body }, headers(file), file);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** The demo pages as `npm start` serves them (Vite, from the sources), on `port`; `close()` stops it. */
export async function startDemoServer(port) {
  const server = spawn('node_modules/.bin/vite', ['--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${origin}/demo/`);
      return { origin, close: () => server.kill() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  server.kill();
  throw new Error(`the demo server did not start on port ${port}`);
}

/**
 * The demo as a publisher's built site serves it: the script-tag files from dist/ in place of the
 * sources the dev server uses, and (unless `fallbacks` is false) every element with its feed inline
 * and its static fallback, rendered by the npm build (dist/npm: run `npm run build` first). Feeds a
 * page still fetches answer after `feedDelay` ms. `headers(path)` as for `serveFolder`. Each page
 * is rendered once, on its first request, and then served as the static file a built site has,
 * gzipped as such a site sends it.
 */
export async function serveBuiltDemo({ fallbacks = true, feedDelay = 0, headers = () => ({}) } = {}) {
  const { renderFallback } = fallbacks ? await import('../dist/npm/render/index.js') : {};
  const { withFallbacks } = await import('./demo-fallbacks.mjs');
  const readFeed = (file) => readFile(`demo/feeds/${file}`, 'utf8');
  const built = new Map();
  const build = async (path) => {
    const html = (await readFile(`.${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8'))
      .replaceAll('<script type="module" src="/src/define.ts"></script>', '<script type="module" src="/dist/soundtrack-widgets.js"></script>')
      .replace('href="/src/soundtrack-widgets.css"', 'href="/dist/soundtrack-widgets.css"')
      .replaceAll('href="/src/themes/', 'href="/dist/themes/');
    return fallbacks ? withFallbacks(html, { renderFallback, readFeed }) : html;
  };
  return serveFolder('.', {
    headers,
    compress: true,
    async respond(path) {
      if (/^\/demo\/feeds\/[\w-]+\.json$/.test(path)) {
        await new Promise((resolve) => setTimeout(resolve, feedDelay));
        return { type: 'application/feed+json', body: await readFile(`.${path}`) };
      }
      if (!/^\/demo\/([\w-]+\.html)?$/.test(path)) return undefined;
      if (!built.has(path)) built.set(path, build(path));
      return { type: 'text/html', body: await built.get(path) };
    },
  });
}

/** Every demo page, in the order the index lists them. */
export const DEMO_PAGES = ['index.html', 'chart.html', 'cards.html', 'better-than-the-movie.html', 'better-than-the-movie-32.html', 'themes.html', 'strict-csp.html'];

/**
 * Opens every demo page at 1280 and 360 px wide, with a light and a dark page, in each of
 * `languages` (the demo's language switch), and calls `visit(page, { name, width, theme, lang })`
 * once each has settled.
 */
export async function visitDemoViews(origin, pages, visit, languages = ['en']) {
  const browser = await launchChromium();
  try {
    for (const name of pages) {
      for (const lang of languages) {
        for (const width of [1280, 360]) {
          for (const theme of ['light', 'dark']) {
            const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
            await page.goto(`${origin}/demo/${name}?theme=${theme}&lang=${lang}`, { waitUntil: 'networkidle' });
            await page.waitForTimeout(400);
            await visit(page, { name, width, theme, lang });
            await page.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
}

/** Sums the page's layout shifts (those not caused by input) from its first paint, into `window.layoutShift`. */
export function observeLayoutShift(page) {
  return page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until every soundtrack element on the page has rendered its data (not busy), then a moment more. */
export async function elementsSettled(page) {
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags)].every((el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') === 'false'),
    'soundtrack-chart, soundtrack-card, soundtrack-card-grid, better-than-movie-list',
    { timeout: 20_000 },
  );
  await page.waitForTimeout(500);
}


/**
 * axe-core's violations on the page as it stands (shadow roots included): rule, help and up to five
 * targets each. `include` (CSS selectors) limits the check to parts of the page, `exclude` leaves
 * parts out; `iframes: false` skips frames (axe would otherwise wait for an axe in each of them).
 */
export async function axeViolations(page, { include, exclude, iframes = true } = {}) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated rather than added as a script tag, so it runs where the page's own scripts do not.
  await page.evaluate(axeSource);
  return page.evaluate(async ({ include, exclude, iframes }) => {
    const context = include || exclude ? { ...(include && { include }), ...(exclude && { exclude }) } : document;
    const { violations } = await window.axe.run(context, { resultTypes: ['violations'], iframes });
    return violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' >> ')),
    }));
  }, { include, exclude, iframes });
}
let axeSource;
