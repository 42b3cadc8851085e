// Lighthouse (mobile defaults: a Moto G Power-sized screen, simulated slow 4G and a 4x slower CPU)
// over every demo article as a publisher's built site serves it (`serveBuiltDemo`: the dist/ files,
// every element with its feed inline and its static fallback, each page rendered once and sent
// gzipped, from a worker thread so that Lighthouse's own work never delays an answer). Prints one
// line per page, `<page>: performance P, accessibility A, best-practices B, seo S, CLS C`, and under
// a page with a category below 100 the audits that fail, with their top items, so a developer knows
// what to fix. The raw reports go to lighthouse-reports/ (git-ignored). It is a measurement: it
// exits 0 whatever the scores, and 1 only when Lighthouse cannot run.
// Each page is measured 3 times (`--runs=N`) and the line gives the run with the median
// performance score, with every run's performance score beside it.
// Usage: npm run lighthouse (builds dist/ first); `-- --pages=chart.html,cards.html` for some pages.
// index.html is left out: it is the demo's table of contents (links, no element), not an article.
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PAGES } from './browser.mjs';
import { serveBuiltDemoInWorker } from './serve-built-demo.mjs';

const REPORTS = 'lighthouse-reports';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TOP_ITEMS = 3;
/** Audits whose failure here comes from the local static server, not from the pages or the elements. */
const LOCAL_SETUP = {
  'uses-long-cache-ttl': 'the local server sends no Cache-Control; caching is the publisher\'s server\'s choice',
  'cache-insight': 'the local server sends no Cache-Control; caching is the publisher\'s server\'s choice',
  'uses-http2': 'the local server speaks HTTP/1.1',
  'modern-http-insight': 'the local server speaks HTTP/1.1',
  'is-on-https': 'served over http on 127.0.0.1',
  'redirects-http': 'served over http on 127.0.0.1',
};
/** Informative audits that say where the time of a failing metric went. */
const EXPLAINED_BY = {
  'total-blocking-time': 'long-tasks',
  'max-potential-fid': 'long-tasks',
  interactive: 'bootup-time',
  'mainthread-work-breakdown': 'bootup-time',
};

const only = process.argv.find((arg) => arg.startsWith('--pages='))?.slice('--pages='.length).split(',');
const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('lighthouse: --runs= takes a whole number, 1 or more');
  process.exit(1);
}
const pages = only ?? DEMO_PAGES.filter((name) => name !== 'index.html');

if (!existsSync('dist/npm/render/index.js') || !existsSync('dist/soundtrack-widgets.js')) {
  console.error('lighthouse: dist/ is missing; run `npm run build` first (npm run lighthouse does)');
  process.exit(1);
}

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`lighthouse: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROME_PATH)`);
  process.exit(1);
}

const score = (category) => (category?.score == null ? 'n/a' : String(Math.round(category.score * 100)));
const clip = (text, length) => {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
};

/** One line for one item of an audit's details table: its node, URL or source, and its other values. */
function describeItem(item, headings, origin) {
  const parts = [];
  const local = (url) => String(url).replace(origin, '');
  const number = (value, type) => (type === 'ms' || type === 'timespanMs' ? `${Math.round(value)} ms` : type === 'bytes' ? `${(value / 1024).toFixed(1)} KiB` : String(Math.round(value * 100) / 100));
  for (const { key, valueType } of headings) {
    const value = key == null ? undefined : item[key];
    if (value == null || value === '') continue;
    if (typeof value === 'object' && value.type === 'node') {
      parts.push(value.selector ? `\`${value.selector}\`` : '', value.snippet ? clip(value.snippet, 140) : '');
      if (value.explanation) parts.push(clip(value.explanation.split('\n').slice(0, 2).join(' '), 200));
    } else if (typeof value === 'object' && value.type === 'source-location') {
      parts.push(`${local(value.url)}:${value.line + 1}`);
    } else if (typeof value === 'object' && value.type === 'url') {
      parts.push(local(value.value));
    } else if (typeof value === 'object' && 'value' in value) {
      parts.push(`${key} ${clip(value.value, 80)}`);
    } else if (typeof value !== 'object') {
      parts.push(key === 'url' || key === 'source' ? local(value) : `${key} ${typeof value === 'number' ? number(value, valueType) : clip(value, 120)}`);
    }
  }
  return parts.filter(Boolean).join(' ');
}

/** The top items of an audit's details, whatever the details' shape (tables, lists of tables, checklists). */
function describeDetails(details, origin) {
  if (!details) return [];
  if (details.type === 'list') return details.items.flatMap((sub) => describeDetails(sub, origin));
  if (details.type === 'list-section') return describeDetails(details.value, origin);
  if (details.type === 'network-tree') {
    const chain = [];
    for (let level = details.chains; level; ) {
      const next = Object.values(level).find((request) => request.isLongest);
      if (!next) break;
      chain.push(`${next.url.replace(origin, '')} (${Math.round(next.navStartToEndTime)} ms)`);
      level = next.children;
    }
    return chain.length > 1 ? [`longest chain: ${chain.join(' -> ')}`] : [];
  }
  if (details.type === 'checklist') {
    return Object.values(details.items).filter((check) => !check.value).map((check) => `not met: ${check.label}`);
  }
  if (!Array.isArray(details.items) || !Array.isArray(details.headings)) return [];
  return details.items.map((item) => describeItem(item, details.headings, origin)).filter(Boolean);
}

/** The audits of the categories below 100 that do not pass, lowest score first, each with its top items. */
function failingAudits(lhr, origin) {
  const lines = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    const failing = category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
      .sort((a, b) => a.score - b.score);
    if (failing.length === 0) continue;
    lines.push(`  ${id} ${score(category)}:`);
    for (const audit of failing) {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`    - ${audit.id}: ${audit.title}, score ${audit.score}${value}${LOCAL_SETUP[audit.id] ? ` [local setup: ${LOCAL_SETUP[audit.id]}]` : ''}`);
      const items = describeDetails(audit.details, origin);
      for (const item of items.slice(0, TOP_ITEMS)) lines.push(`        ${clip(item, 300)}`);
      if (items.length > TOP_ITEMS) lines.push(`        … and ${items.length - TOP_ITEMS} more (see the JSON report)`);
      const related = lhr.audits[EXPLAINED_BY[audit.id]];
      if (related) {
        for (const item of describeDetails(related.details, origin).slice(0, TOP_ITEMS)) lines.push(`        ${related.id}: ${clip(item, 280)}`);
      }
    }
  }
  return lines;
}

let chrome;
let served;
let failed = false;
try {
  served = await serveBuiltDemoInWorker();
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS], logLevel: 'silent' });
  await mkdir(REPORTS, { recursive: true });
  for (const name of pages) {
    const url = `${served.origin}/demo/${name}`;
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) {
        console.log(`${name}: Lighthouse could not run (${lhr?.runtimeError?.code ?? 'no result'}: ${lhr?.runtimeError?.message ?? ''})`);
        failed = true;
        break;
      }
      runs.push(result);
    }
    if (runs.length < RUNS) continue;
    // The run with the median performance score stands for the page, as Lighthouse's own guidance
    // on variability advises: one run's total blocking time moves with whatever else the machine does.
    const performanceOf = ({ lhr }) => lhr.categories.performance.score;
    const median = [...runs].sort((a, b) => performanceOf(a) - performanceOf(b))[Math.floor(RUNS / 2)];
    const { lhr } = median;
    await writeFile(`${REPORTS}/${name.replace(/\.html$/, '')}.report.json`, median.report);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
    const scores = CATEGORIES.map((id) => `${id} ${score(lhr.categories[id])}`).join(', ');
    const spread = RUNS > 1 ? ` (performance in ${RUNS} runs: ${runs.map(({ lhr: one }) => score(one.categories.performance)).join(', ')})` : '';
    console.log(`${name}: ${scores}, CLS ${cls == null ? 'n/a' : cls.toFixed(3)}${spread}`);
    for (const warning of lhr.runWarnings ?? []) console.log(`  warning: ${clip(warning, 300)}`);
    for (const line of failingAudits(lhr, served.origin)) console.log(line);
  }
  console.log(`raw reports: ${REPORTS}/<page>.report.json`);
} catch (error) {
  console.error(`lighthouse: could not run: ${error?.stack ?? error}`);
  failed = true;
} finally {
  await chrome?.kill();
  await served?.close();
}
process.exit(failed ? 1 : 0);
