// Opens every story and every docs page of the built Storybook (storybook-static/, or the folder
// given as the first argument) in headless Chromium and checks that it renders: no uncaught error,
// no console error the page does not intend, no axe-core violation in what we render (the story's
// #storybook-root; a docs page's content, see DOCS_AXE), and the story's element reaches the state
// its name promises (loading, error, empty; otherwise data) within a few seconds.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { axeViolations, launchChromium, serveFolder } from './browser.mjs';

const root = resolve(process.argv[2] ?? 'storybook-static');
const TAGS = ['soundtrack-chart', 'soundtrack-card', 'soundtrack-card-grid', 'better-than-movie-list'];
const STATE_WAIT_MS = 5000;
// Errors thrown a moment after the first render (a late update, a second frame) still count.
const SETTLE_MS = 250;
const PARALLEL_PAGES = 2;
if (!existsSync(join(root, 'index.json'))) {
  console.error(`No ${join(root, 'index.json')}: build Storybook first (npx storybook build -o storybook-static).`);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
}
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docs = Object.values(index.entries).filter((entry) => entry.type === 'docs');
// A docs page's content, without the story frames in it (each story is checked on its own page)
// and without Storybook's own args table: its boolean toggles fail color-contrast (Storybook's
// chrome, not ours; the elements' attributes are checked in their stories).
const DOCS_AXE = { include: ['#storybook-docs'], exclude: ['.docblock-argstable'], iframes: false };
/** How long a docs page gets to render its blocks and the stories in it. */
const DOCS_SETTLE_MS = 1500;

/** The state a story's name promises; a name that mentions none promises data. */
const expectedState = (name) => ['loading', 'error', 'empty'].find((state) => name.toLowerCase().includes(state)) ?? 'data';

// Hashed assets are cached across pages, so each story loads only its iframe page afresh.
const { server, origin } = await serveFolder(root, {
  headers: (file) => ({ 'Cache-Control': extname(file) === '.html' ? 'no-store' : 'max-age=3600' }),
});
const browser = await launchChromium();
// One context, so pages share the HTTP cache; every story still gets a fresh page.
const context = await browser.newContext();

/** Runs in the story's page: waits for the element to show `expected`, returns what it shows. */
async function readState({ tags, expected, waitMs }) {
  const stateOf = (element) => {
    const base = element.shadowRoot?.querySelector('[part~="base"]');
    if (!base) return 'no [part~="base"] in the shadow root';
    if (base.querySelector('[part~="error"]')) return 'error';
    if (base.querySelector('[part~="loading"]')) return 'loading';
    if (base.querySelector('[part~="empty"]')) return 'empty';
    // The polite live region is always there; anything beside it is the rendered feed.
    return [...base.children].some((child) => child.getAttribute('role') !== 'status') ? 'data' : 'nothing rendered';
  };
  const started = performance.now();
  let seen = 'no soundtrack element in #storybook-root';
  let src = null;
  while (performance.now() - started < waitMs) {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      return { storybookError: document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows its error display' };
    }
    const element = document.querySelector('#storybook-root')?.querySelector(tags.join(','));
    if (element) {
      src = element.src ? new URL(element.src, location.href).href : null;
      if (!customElements.get(element.localName)) seen = `<${element.localName}> is not defined`;
      else seen = stateOf(element);
      if (seen === expected) break;
    }
    await new Promise((next) => setTimeout(next, 50));
  }
  return { state: seen, src };
}

/** A fresh page on `entry` in `viewMode`, collecting its uncaught errors and console errors from the start. */
async function openWatched(entry, viewMode) {
  const problems = [];
  const consoleErrors = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  const opened = page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load', timeout: 15_000 });
  return { page, problems, consoleErrors, opened };
}

async function checkStory(story) {
  const expected = expectedState(story.name);
  const { page, problems, consoleErrors, opened } = await openWatched(story, 'story');
  try {
    await opened;
    const result = await page.evaluate(readState, { tags: TAGS, expected, waitMs: STATE_WAIT_MS });
    await page.waitForTimeout(SETTLE_MS);
    if (result.storybookError) problems.push(`Storybook error: ${result.storybookError.split('\n')[0]}`);
    else if (result.state !== expected) problems.push(`expected ${expected}, shows ${result.state}`);
    // An error story logs its failure as "<tag>: message", and Chromium reports the failed request.
    problems.push(...unintendedErrors(consoleErrors, expected === 'error' ? [result.src] : []));
    if (!result.storybookError) problems.push(...describeViolations(await axeViolations(page, { include: ['#storybook-root'] })));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return { story, expected, problems };
}

/** The console errors not explained by an element in the error state (`failedSources`: their feed URLs). */
function unintendedErrors(consoleErrors, failedSources) {
  const intended = ({ text, url }) =>
    failedSources.length > 0 && (TAGS.some((tag) => text.startsWith(`<${tag}>:`)) || (text.startsWith('Failed to load resource') && failedSources.includes(url)));
  return consoleErrors
    .filter((message) => !intended(message))
    .map(({ text, url }) => `console error: ${text.split('\n')[0]}${text.startsWith('Failed to load resource') ? ` (${url})` : ''}`);
}

let axeFailures = 0;
function describeViolations(violations) {
  axeFailures += violations.length;
  return violations.map(({ rule, nodes }) => `axe ${rule}: ${nodes.join(', ')}`);
}

/** Runs in every frame of a docs page: the feed URLs of the elements that show the error state. */
function failedSourcesIn(tags) {
  return [...document.querySelectorAll(tags.join(','))]
    .filter((element) => element.shadowRoot?.querySelector('[part~="error"]'))
    .map((element) => (element.src ? new URL(element.src, location.href).href : null));
}

async function checkDocs(entry) {
  const { page, problems, consoleErrors, opened } = await openWatched(entry, 'docs');
  try {
    await opened;
    await page.waitForSelector('#storybook-docs .sbdocs-content, body.sb-show-errordisplay', { timeout: 15_000 });
    await page.waitForTimeout(DOCS_SETTLE_MS);
    const storybookError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent?.trim() || 'Storybook shows its error display' : null,
    );
    if (storybookError) problems.push(`Storybook error: ${storybookError.split('\n')[0]}`);
    const failedSources = [];
    // A story frame still on its way (the docs page loads them lazily) has nothing to say yet.
    const noAnswer = () => new Promise((resolve) => setTimeout(() => resolve([]), 1000));
    for (const frame of page.frames()) {
      failedSources.push(...(await Promise.race([frame.evaluate(failedSourcesIn, TAGS).catch(() => []), noAnswer()])));
    }
    problems.push(...unintendedErrors(consoleErrors, failedSources));
    if (!storybookError) problems.push(...describeViolations(await axeViolations(page, DOCS_AXE)));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return { story: entry, expected: 'docs', problems };
}

const entries = [...stories, ...docs];
const started = Date.now();
const results = new Array(entries.length);
let nextStory = 0;
let nextPrinted = 0;
const printReady = () => {
  for (; nextPrinted < results.length && results[nextPrinted]; nextPrinted++) {
    const { story, expected, problems } = results[nextPrinted];
    const label = `${story.title} › ${story.name} [${story.id}]`;
    console.log(problems.length ? `✘ ${label}: ${problems.join('; ')}` : `✔ ${label} (${expected})`);
  }
};
const worker = async () => {
  while (nextStory < entries.length) {
    const position = nextStory++;
    const entry = entries[position];
    results[position] = await (entry.type === 'docs' ? checkDocs(entry) : checkStory(entry));
    printReady();
  }
};

try {
  await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
} finally {
  await browser.close();
  server.close();
}

// An index without stories is a broken build, not a pass.
const failedOf = (type) => results.filter((result) => result.story.type === type && result.problems.length).length;
const failed = stories.length ? failedOf('story') + failedOf('docs') : 1;
if (!stories.length) console.log(`✘ ${join(root, 'index.json')} lists no stories`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(
  `${stories.length} stories (${failedOf('story')} failed), ${docs.length} docs pages (${failedOf('docs')} failed), ${axeFailures} axe violations`,
);
console.log(`stories: ${entries.length - (stories.length ? failed : 0)} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
