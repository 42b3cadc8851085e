// Loads the built script-tag files in headless Chromium the way a publisher would: the loader
// included twice (once more under another query, and another version from another folder), under a
// strict Content-Security-Policy with Trusted Types, with the demo feeds; checks that the page fetches only the
// elements and languages it uses, and that a language file that fails leaves English.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementsSettled, launchChromium, serveBuiltDemo, serveFolder } from './browser.mjs';
import { KINDS, SCRIPT_FILES, fileForKinds } from './script-files.mjs';

// Trusted Types too: the page allows only the policies the README names (Lit's, DOMPurify's and
// ours), and duplicates of them because it loads a second version of the library on purpose.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify soundtrack-widgets#json-ld 'allow-duplicates'";

const otherVersion = mkdtempSync(join(tmpdir(), 'st-other-version-'));
cpSync('dist', otherVersion, { recursive: true });
const { server, origin } = await serveFolder('.', { headers: () => ({ 'Content-Security-Policy': CSP }), mounts: { '/other-version/': otherVersion } });
const browser = await launchChromium();
const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✔' : '✘'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
};

/** Opens a test page the way a reader would, recording what it fetches, warns and throws. */
async function openPage(path) {
  const page = await browser.newPage();
  const pageErrors = [];
  const warnings = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  // French fails to load; Italian arrives malformed: both must leave English with one warning.
  await page.route(/\/soundtrack-widgets-fr-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.route(/\/soundtrack-widgets-it-[\w-]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export default 42;' }),
  );
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
    // The French file's 404 is ours (routed above); the console reports it as a failed resource.
    const expected = message.text().includes('inline event handler') || message.location().url.includes('/soundtrack-widgets-fr-');
    if (message.type() === 'error' && !expected) pageErrors.push(`${message.text()} (${message.location().url})`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`));
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  return { page, requested, warnings, pageErrors };
}

/** The element files a page fetched from the page's own dist/, in order. */
const elementFiles = (requested) =>
  requested.filter((path) => /^\/dist\/[\w-]+\.js$/.test(path) && SCRIPT_FILES[path.slice('/dist/'.length, -'.js'.length)]?.length);

try {
  const { page, requested, warnings, pageErrors } = await openPage('/test/bundle/page.html');
  const state = await page.evaluate(async (tags) => {
    const used = tags.filter((tag) => document.querySelector(tag));
    await Promise.all(used.map((tag) => customElements.whenDefined(tag)));
    const text = (selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '';
    const waitFor = async (predicate) => {
      for (let i = 0; i < 100 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await waitFor(
      () =>
        text('soundtrack-chart').includes('Björk') &&
        text('#html-blurb').includes('blurb') &&
        text('#german').includes('Alben') &&
        document.querySelector('soundtrack-chart > script[type="application/ld+json"]'),
    );
    return {
      used,
      othersUndefined: tags.filter((tag) => !used.includes(tag)).every((tag) => !customElements.get(tag)),
      jsonLd: (() => {
        const script = document.querySelector('soundtrack-chart > script[type="application/ld+json"]');
        return script ? JSON.parse(script.text) : null;
      })(),
      german: text('#german'),
      french: text('#french'),
      italian: text('#italian'),
      chart: text('soundtrack-chart'),
      card: text('soundtrack-card'),
      list: text('better-than-movie-list'),
      blurbHtml: document.querySelector('#html-blurb').shadowRoot.innerHTML,
      pwned: 'pwned' in window,
      csp: window.cspViolations,
    };
  }, KINDS);
  check(
    'a page with several kinds of element fetches the one file made for those kinds, once, and defines no other kind',
    elementFiles(requested).join() === `/dist/${fileForKinds(state.used)}.js` && state.used.length > 1 && state.othersUndefined,
    `${elementFiles(requested).join(' ')} for ${state.used.join(', ')}`,
  );
  check('loading the loader twice throws nothing', pageErrors.length === 0, pageErrors.join(' | '));
  check(
    'another version from another folder warns instead of throwing',
    state.used.every((tag) => warnings.some((text) => text.includes(`<${tag}> is already defined by another script`))),
    warnings.join(' | '),
  );
  const languageFiles = requested.filter((path) => /^\/dist\/soundtrack-widgets-\w\w-/.test(path)).map((path) => path.slice(25, 27)).sort();
  check('only the languages on the page are fetched', languageFiles.join() === 'de,fr,it', languageFiles.join());
  check(
    'structured data is written under the strict CSP, loaded on demand',
    state.jsonLd?.['@type'] === 'ItemList' && state.jsonLd.itemListElement.length === 100 && requested.some((path) => path.includes('-structured-data-')),
    JSON.stringify(state.jsonLd)?.slice(0, 200),
  );
  check('a German element speaks German', state.german.includes('Alben') && state.german.includes('Platz'), state.german.slice(0, 200));
  check(
    'a language file that fails to load or is malformed leaves English, with one warning each',
    state.french.includes('albums') &&
      state.italian.includes('albums') &&
      warnings.filter((text) => /the (fr|it) language file/.test(text)).length === 2,
    warnings.join(' | '),
  );
  check('the chart renders the top-100 feed', state.chart.includes('Björk') && state.chart.includes('The Beatles'));
  check('the card renders the aged-well feed', state.card.length > 20 && !state.card.includes('null'));
  check('the list renders the better-than-the-movie feed', state.list.length > 20 && !state.list.includes('undefined'));
  check(
    "content_html is sanitized by the browser's own sanitizer, without fetching DOMPurify",
    state.blurbHtml.includes('<em>HTML</em>') && !state.blurbHtml.includes('onerror') && !state.pwned && !requested.some((path) => path.includes('-purify')),
    state.blurbHtml,
  );
  // The sanitizer parses the hostile blurb's one inline handler in an inert document: Chromium
  // reports (never runs) it there, so that one report is expected; any other violation is ours.
  const violations = state.csp.filter((report) => !report.startsWith('script-src-attr'));
  const handlerReports = state.csp.length - violations.length;
  check('no Content-Security-Policy violation', violations.length === 0 && handlerReports <= 1, state.csp.join(' | '));

  // One kind of element: its own file only; a kind added later by a script brings its own file;
  // strings set through the loader reach elements of both files.
  const single = await openPage('/test/bundle/one-element.html');
  const singleState = await single.page.evaluate(async () => {
    await customElements.whenDefined('soundtrack-chart');
    const unusedBeforeUse = ['soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'].every((tag) => !customElements.get(tag));
    document.body.append(Object.assign(document.createElement('soundtrack-card'), { feed: { version: 'https://jsonfeed.org/version/1.1', items: [] } }));
    await customElements.whenDefined('soundtrack-card');
    const text = (selector) => document.querySelector(selector).shadowRoot?.textContent ?? '';
    for (let i = 0; i < 100 && !(text('soundtrack-chart').includes('Place') && text('soundtrack-card').includes('No record')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { unusedBeforeUse, chart: text('soundtrack-chart'), card: text('soundtrack-card'), csp: window.cspViolations };
  });
  check('a page with one kind of element fetches only that element\'s file', singleState.unusedBeforeUse && elementFiles(single.requested)[0] === '/dist/soundtrack-chart.js', elementFiles(single.requested).join(' '));
  check('an element added later by a script brings its own file', elementFiles(single.requested).join() === '/dist/soundtrack-chart.js,/dist/soundtrack-card.js', elementFiles(single.requested).join(' '));
  check(
    'setStrings through the loader reaches the elements of every file',
    singleState.chart.includes('Place') && singleState.card.includes('No record'),
    `${singleState.chart.slice(0, 120)} | ${singleState.card.slice(0, 120)}`,
  );
  // The demo's strict-CSP article, built (its policy in a meta element, the loader included twice,
  // the render step's fallbacks), says on the page what the browser reported.
  const demo = await serveBuiltDemo();
  try {
    const cspPage = await browser.newPage();
    const cspErrors = [];
    cspPage.on('pageerror', (error) => cspErrors.push(error.message));
    await cspPage.goto(`${demo.origin}/demo/strict-csp.html`, { waitUntil: 'networkidle' });
    await elementsSettled(cspPage);
    const report = await cspPage.textContent('.csp-report');
    const loaders = await cspPage.locator('script[src="/dist/soundtrack-widgets.js"]').count();
    check('the strict-CSP demo article, with the loader twice, reports no violation', loaders === 2 && report === 'No Content-Security-Policy violation on this page.' && !cspErrors.length, `${loaders} loaders; ${report} ${cspErrors.join(' | ')}`);
  } finally {
    demo.server.close();
  }
  check('one kind of element: no error, no CSP violation', !single.pageErrors.length && !singleState.csp.length, [...single.pageErrors, ...singleState.csp].join(' | '));
} finally {
  await browser.close();
  server.close();
  rmSync(otherVersion, { recursive: true, force: true });
}

const failed = results.filter((ok) => !ok).length;
console.log(`bundle: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
