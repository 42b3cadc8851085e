#!/usr/bin/env node
// Benchmark: <soundtrack-chart> against a hand-written table and a peer library, in headless
// Chromium, at 100 to 100,000 rows. See bench/README.md. It reports; it never fails the build.
//
// Options: --sizes=100,1000  --runs=3  --contenders=soundtrack-chart,plain-table
//          --no-build (reuse dist/)  --no-profile (skip the chart's CPU profiles)
//          --top=40 (functions listed per CPU profile, default 12)

import { readdirSync, readFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildDist,
  bundleFile,
  fmt,
  log,
  machine,
  median,
  openBenchPage,
  options,
  packageVersion,
  resultsDir,
  root,
  runInterleaved,
  runsFor,
  secondsSinceStart,
  startSession,
  SIZES,
  splitMetrics,
  summarize,
  table,
} from './common.mjs';
import { chartFeed, chartItems } from './feeds.mjs';

// Outside the repo, so that `eslint .` never sees the unminified bundle.
const profileDist = path.join(os.tmpdir(), 'soundtrack-widgets-bench-profile-dist');
const feedLayerDist = path.join(os.tmpdir(), 'soundtrack-widgets-bench-feed-layer');

const CONTENDERS = (options.contenders ?? 'soundtrack-chart,plain-table,tabulator').split(',');
const BASELINE = 'plain-table';
const OURS = 'soundtrack-chart';
const GOALS = { ratio: 1.25, ratioUpTo: 10_000, bigSize: 100_000, bigPaintMs: 150, bigSortMs: 250, longTaskMs: 50 };

const buildFeedLayer = () => bundleFile(path.join(root, 'bench/feed-layer.ts'), feedLayerDist, 'feed-layer');

async function buildForProfile() {
  log('building an unminified copy for the CPU profile ...');
  const { buildScriptFile } = await import('../scripts/build-cdn.mjs');
  rmSync(profileDist, { recursive: true, force: true });
  await buildScriptFile('soundtrack-chart', { outDir: profileDist, minify: false });
}

// 3. One measured run: a fresh browser context and page per run.
async function measure(browser, origin, contender, size, library) {
  const { context, page, errors, heapNow, metrics, domNodes } = await openBenchPage(browser);
  const split = splitMetrics;
  const query = new URLSearchParams({ contender, n: String(size), ...(library ? { lib: library } : {}) });
  try {
    await page.goto(`${origin}/bench/page.html?${query}`);
    await page.evaluate(() => window.benchReady);
    const heapBefore = await heapNow();
    let before = await metrics();
    const paint = await page.evaluate(() => window.bench.paint());
    const paintSplit = split(before, await metrics());
    const settled = await page.evaluate(() => window.bench.settle());
    const heapAfter = await heapNow();
    const nodes = await domNodes();
    before = await metrics();
    const sort = await page.evaluate(() => window.bench.sort());
    const sortSplit = split(before, await metrics());
    return {
      paintMs: paint.ms,
      rowsAtPaint: paint.rows,
      settledMs: settled.ms,
      rowsSettled: settled.rows,
      longestTaskMs: settled.longestTaskMs,
      sortMs: sort.ms,
      sortDirection: sort.direction,
      heapMB: heapAfter / 2 ** 20,
      heapDeltaMB: (heapAfter - heapBefore) / 2 ** 20,
      domNodes: nodes,
      paintSplit,
      sortSplit,
      errors,
    };
  } catch (error) {
    return { error: error.message.split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

async function feedLayer(browser, origin, size) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/bench/page.html?${new URLSearchParams({ contender: OURS, n: String(size) })}`);
    await page.evaluate(() => window.benchReady);
    return await page.evaluate(() => window.bench.feedLayer());
  } finally {
    await context.close();
  }
}

// 4. CPU profiles of the chart at the smallest and largest sizes, self time grouped by source module.
// The unminified bundle marks where each source module starts with a comment line
// (`// src/feed/normalize.ts`, or `//#region ...` in rolldown's style).
function bundleRegions(file) {
  const regions = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const start = /^\/\/(?:#region)? ((?:src|node_modules)\/\S+\.(?:ts|js|mjs))\s*$/.exec(line);
      if (!start) return;
      if (regions.length) regions.at(-1).end = index - 1;
      regions.push({ name: start[1], start: index, end: Infinity });
    });
  return regions;
}

function moduleName(region) {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(region);
  return inModules ? inModules[1] : region.replace(/^.*?(src\/)/, '$1');
}

const PHASES = [
  ['validate + normalize', /^(dompurify|src\/feed\/(normalize|rules|schema|dates|urls|sanitize|load)\.ts)$/],
  ['sort (compare)', /^src\/feed\/compare\.ts$|^\(native\) (sort|compare)/],
  ['render (lit + elements)', /^(lit|lit-html|lit-element|@lit\/.*|src\/(elements|internal)\/.*)$/],
  ['garbage collection', /^\(garbage collector\)$/],
  ['browser (style, layout, paint, parse)', /^\(program\)$/],
  ['bench harness', /^bench harness$/],
];

function summarizeProfile(profile, regionsByUrl) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    self.set(id, (self.get(id) ?? 0) + delta / 1000);
  });
  const modules = new Map();
  const functions = new Map();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    let module;
    if (!url) module = /^\(.*\)$/.test(functionName) ? functionName : `(native) ${functionName}`;
    else if (url.includes('/bench/page.js')) module = 'bench harness';
    else {
      const regions = regionsByUrl.get(new URL(url).pathname);
      const region = regions?.find((candidate) => lineNumber >= candidate.start && lineNumber <= candidate.end);
      module = region ? moduleName(region.name) : new URL(url).pathname;
    }
    if (module === '(idle)' || module === '(root)') continue;
    modules.set(module, (modules.get(module) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} [${module}]`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  }
  const phases = new Map();
  for (const [module, ms] of modules) {
    const phase = PHASES.find(([, pattern]) => pattern.test(module))?.[0] ?? 'other';
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([name, ms]) => ({ name, ms }));
  return { phases: top(phases, 20), modules: top(modules, 12), functions: top(functions, Number(options.top ?? 12)) };
}

async function profileChart(browser, origin, size) {
  const { context, page, cdp } = await openBenchPage(browser);
  const library = '/profile-dist/soundtrack-chart.js';
  try {
    await page.goto(`${origin}/bench/page.html?${new URLSearchParams({ contender: OURS, n: String(size), lib: library })}`);
    await page.evaluate(() => window.benchReady);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Profiler.start');
    const paint = await page.evaluate(() => window.bench.paint());
    const paintProfile = (await cdp.send('Profiler.stop')).profile;
    await page.evaluate(() => window.bench.settle());
    await cdp.send('Profiler.start');
    const sort = await page.evaluate(() => window.bench.sort());
    const sortProfile = (await cdp.send('Profiler.stop')).profile;
    const regionsByUrl = new Map(
      readdirSync(profileDist).filter((name) => name.endsWith('.js')).map((name) => [
        `/profile-dist/${name}`,
        bundleRegions(path.join(profileDist, name)),
      ]),
    );
    return {
      size,
      paintMs: paint.ms,
      sortMs: sort.ms,
      paint: summarizeProfile(paintProfile, regionsByUrl),
      sort: summarizeProfile(sortProfile, regionsByUrl),
    };
  } finally {
    await context.close();
  }
}

// 5. Printing: fmt and table (bench/common.mjs).

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  buildDist();
  if (CONTENDERS.includes(OURS)) await buildFeedLayer();
  const profiling = !options['no-profile'] && options.profile !== 'false' && CONTENDERS.includes(OURS);
  const bigSize = Math.max(...SIZES);
  if (profiling) await buildForProfile();

  log(`generating feeds: ${SIZES.map((size) => size.toLocaleString('en')).join(', ')} rows ...`);
  const items = chartItems(bigSize);
  const feeds = new Map(SIZES.map((size) => [String(size), JSON.stringify(chartFeed(items, size))]));
  for (const [size, body] of feeds) log(`  ${size.padStart(6)} rows: ${(body.length / 2 ** 20).toFixed(1)} MB of JSON`);

  const session = await startSession(feeds, { '/profile-dist/': profileDist, '/feed-layer/': feedLayerDist });
  const { loadBefore, origin, browser } = session;

  let samples;
  let feedLayerResults = {};
  const profiles = [];
  try {
    samples = await runInterleaved({
      contenders: CONTENDERS,
      measure: (contender, size) => measure(browser, origin, contender, size),
      describe: (result) => `paint ${fmt(result.paintMs)} ms (${result.rowsAtPaint} rows in DOM), sort ${fmt(result.sortMs)} ms, heap ${fmt(result.heapMB)} MB`,
    });
    if (CONTENDERS.includes(OURS)) {
      log('feed layer alone (readFeed = validation by the feed rules + normalization; safeUrl on every url; ranked sort by artist), 3 fresh pages per size');
      for (const size of SIZES) {
        const results = [];
        for (let run = 0; run < 3; run++) results.push(await feedLayer(browser, origin, size));
        feedLayerResults[size] = Object.fromEntries(
          ['readFeedMs', 'safeUrlMs', 'rankedSortMs'].map((key) => [key, median(results.map((result) => result[key]))]),
        );
        const { readFeedMs, safeUrlMs, rankedSortMs } = feedLayerResults[size];
        log(`  ${String(size).padStart(6)} rows: readFeed ${fmt(readFeedMs)} ms (safeUrl alone ${fmt(safeUrlMs)} ms), ranked sort ${fmt(rankedSortMs)} ms`);
      }
    }
    if (profiling) {
      for (const size of new Set([Math.min(...SIZES), bigSize])) {
        log(`CPU profile of ${OURS} at ${size.toLocaleString('en')} rows (unminified build, sampling every 250 µs) ...`);
        try {
          profiles.push(await profileChart(browser, origin, size));
        } catch (error) {
          log(`  profile failed: ${error.message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await session.close();
  }

  // Medians and the report.
  const splitMedian = (ok, key) =>
    ok.length ? Object.fromEntries(['script', 'style', 'layout', 'other'].map((part) => [part, median(ok.map((result) => result[key][part]))])) : null;
  const summary = summarize(
    samples,
    SIZES,
    CONTENDERS,
    ['paintMs', 'sortMs', 'settledMs', 'longestTaskMs', 'rowsAtPaint', 'rowsSettled', 'heapMB', 'heapDeltaMB', 'domNodes'],
    (ok) => ({ paintSplit: splitMedian(ok, 'paintSplit'), sortSplit: splitMedian(ok, 'sortSplit') }),
  );
  const find = (size, contender) => summary.find((entry) => entry.size === size && entry.contender === contender);
  for (const entry of summary) {
    const base = find(entry.size, BASELINE);
    entry.paintRatio = base?.paintMs && entry.paintMs !== null ? entry.paintMs / base.paintMs : null;
    entry.sortRatio = base?.sortMs && entry.sortMs !== null ? entry.sortMs / base.sortMs : null;
  }

  console.log('\nMedians (ms from setting the feed / clicking the artist header to the rows painted; heap after a forced GC)\n');
  console.log(
    table(
      ['N', 'contender', 'runs', 'first paint ms', 'sort ms', 'heap MB', 'Δheap MB', 'paint ×plain', 'sort ×plain', 'rows in DOM'],
      summary.map((entry) => [
        entry.size.toLocaleString('en'),
        entry.contender,
        entry.failed ? `${entry.runs} (${entry.failed} failed)` : entry.runs,
        fmt(entry.paintMs),
        fmt(entry.sortMs),
        fmt(entry.heapMB),
        fmt(entry.heapDeltaMB),
        fmt(entry.paintRatio, 2),
        fmt(entry.sortRatio, 2),
        entry.rowsSettled === null ? '—' : entry.rowsSettled === entry.rowsAtPaint ? entry.rowsSettled : `${entry.rowsAtPaint} → ${entry.rowsSettled}`,
      ]),
    ),
  );

  // Blink counts promise continuations (Lit updates, the feed task) as "other", not "script", so
  // the two are printed together.
  console.log('\nWhere main-thread time goes (CDP Performance metrics, medians, ms: script and the rest / style recalc / layout)\n');
  // The browser reports tasks over 50 ms only: 0 means none was.
  const longTaskText = (ms) => (ms === null ? '—' : ms ? fmt(ms) : 'none > 50');
  const splitText = (split) => (split ? [split.script + split.other, split.style, split.layout].map((part) => fmt(part, 0)).join(' / ') : '—');
  console.log(
    table(
      ['N', 'contender', 'paint: js+rest / style / layout', 'sort: js+rest / style / layout', 'all rows in ms', 'longest task ms', 'DOM nodes'],
      summary.map((entry) => [
        entry.size.toLocaleString('en'),
        entry.contender,
        splitText(entry.paintSplit),
        splitText(entry.sortSplit),
        fmt(entry.settledMs),
        longTaskText(entry.longestTaskMs),
        entry.domNodes ?? '—',
      ]),
    ),
  );
  for (const entry of summary.filter((candidate) => candidate.errors.length)) {
    console.log(`\n${entry.contender} at ${entry.size}: ${entry.errors.slice(0, 3).join(' | ')}`);
  }

  if (Object.keys(feedLayerResults).length) {
    console.log(`\nFeed layer alone (fresh page, cold, medians of 3): what setting \`feed\` costs before any rendering\n`);
    console.log(
      table(
        ['N', 'contender', 'readFeed ms (rules + normalize)', 'safeUrl on every url ms', 'rank + sort by artist ms'],
        Object.entries(feedLayerResults).map(([size, result]) => [
          Number(size).toLocaleString('en'),
          'feed layer',
          fmt(result.readFeedMs),
          fmt(result.safeUrlMs),
          fmt(result.rankedSortMs),
        ]),
      ),
    );
  }

  for (const profile of profiles) {
    for (const phase of ['paint', 'sort']) {
      console.log(`\nCPU profile, ${OURS} at ${profile.size.toLocaleString('en')} rows, ${phase} (${fmt(profile[`${phase}Ms`])} ms with the profiler on): self time by phase, module, function\n`);
      const { phases, modules, functions } = profile[phase];
      console.log(table(['phase', 'ms'], phases.map(({ name, ms }) => [name, fmt(ms)])));
      console.log();
      console.log(table(['module', 'ms'], modules.map(({ name, ms }) => [name, fmt(ms)])));
      console.log();
      console.log(table(['function [module]', 'ms'], functions.map(({ name, ms }) => [name, fmt(ms)])));
    }
  }

  // Goals of the performance issue.
  const goals = [];
  if (CONTENDERS.includes(OURS) && CONTENDERS.includes(BASELINE)) {
    for (const size of SIZES.filter((candidate) => candidate <= GOALS.ratioUpTo)) {
      const entry = find(size, OURS);
      for (const metric of ['paint', 'sort']) {
        const ratio = entry[`${metric}Ratio`];
        goals.push({
          goal: `${metric} within ${GOALS.ratio}x of plain-table at ${size.toLocaleString('en')} rows`,
          value: ratio === null ? 'no data' : `${ratio.toFixed(2)}x`,
          pass: ratio !== null && ratio <= GOALS.ratio,
        });
      }
    }
  }
  if (CONTENDERS.includes(OURS) && SIZES.includes(GOALS.bigSize)) {
    const entry = find(GOALS.bigSize, OURS);
    goals.push({
      goal: `first rows painted <= ${GOALS.bigPaintMs} ms at ${GOALS.bigSize.toLocaleString('en')} rows`,
      value: entry.paintMs === null ? 'no data' : `${fmt(entry.paintMs)} ms`,
      pass: entry.paintMs !== null && entry.paintMs <= GOALS.bigPaintMs,
    });
    goals.push({
      goal: `no main-thread task over ${GOALS.longTaskMs} ms while ${GOALS.bigSize.toLocaleString('en')} rows are read`,
      value: entry.longestTaskMs === null ? 'no data' : entry.longestTaskMs ? `longest ${fmt(entry.longestTaskMs)} ms` : 'none',
      pass: entry.longestTaskMs === 0,
    });
    goals.push({
      goal: `sort <= ${GOALS.bigSortMs} ms at ${GOALS.bigSize.toLocaleString('en')} rows`,
      value: entry.sortMs === null ? 'no data' : `${fmt(entry.sortMs)} ms`,
      pass: entry.sortMs !== null && entry.sortMs <= GOALS.bigSortMs,
    });
  }
  if (goals.length) {
    console.log('\nGoals\n');
    console.log(table(['result', 'goal', 'measured'], goals.map((goal) => [goal.pass ? 'PASS' : 'MISS', goal.goal, goal.value])));
  }

  const output = {
    date: new Date().toISOString(),
    machine: machine(loadBefore),
    versions: { 'playwright-core': packageVersion('playwright-core'), 'tabulator-tables': packageVersion('tabulator-tables') },
    bundleBytes: statSync(path.join(root, 'dist/soundtrack-chart.js')).size,
    method: {
      paint: 'el.feed = parsed object -> first data row present in a rAF callback -> time read in a task posted from it (after that frame painted)',
      sort: 'click() on the artist header control -> first row shows the collator-first (or last) artist, painted',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage, after the rows settled',
      runs: Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(CONTENDERS.map((contender) => [contender, runsFor(size, contender)]))])),
    },
    summary,
    goals,
    feedLayer: feedLayerResults,
    profiles,
    samples,
    seconds: secondsSinceStart(),
  };
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(output, null, 2)}\n`);
  log(`load average (1 min) at the end ${os.loadavg()[0].toFixed(2)}`);
  log(`done; results written to ${path.relative(root, path.join(resultsDir, 'latest.json'))}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
