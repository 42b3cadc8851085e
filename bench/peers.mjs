#!/usr/bin/env node
// npm run bench:peers: <soundtrack-chart> side by side with the tables a developer would pick
// instead (Tabulator, Grid.js, simple-datatables, Vaadin Grid) and a hand-written table, in
// headless Chromium, at 100 to 100,000 rows: first rows painted, a real mouse click on the artist
// and on the date header until the re-sorted rows are painted, heap after GC, gzipped bytes, and
// how each orders names and dates. See bench/README.md ("Peers"). It reports; it never fails.
//
// Options: --sizes=100,1000  --runs=3  --contenders=soundtrack-chart,gridjs  --no-build

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { closure, gzipped } from '../scripts/check-size.mjs';
import {
  buildDist, bundleFile, fmt, log, machine, openBenchPage, options, packageVersion, resultsDir, root,
  runInterleaved, runsFor, secondsSinceStart, SIZES, startSession, summarize, table,
} from './common.mjs';
import { chartFeed, chartItems, correctnessItems } from './feeds.mjs';
import { CONTENDERS as KNOWN, PEERS_DIR } from './peers/configs.js';

const CONTENDERS = (options.contenders ?? Object.keys(KNOWN).join(',')).split(',');
for (const name of CONTENDERS) if (!KNOWN[name]) throw new Error(`unknown contender "${name}" (known: ${Object.keys(KNOWN).join(', ')})`);
const OURS = 'soundtrack-chart';
// A run that takes longer than this is the only one at its size, and its contender is not run at larger sizes.
const SLOW_MS = 60_000;
const SORTS = ['artist', 'released'];
// Every 40th artist in lower case, so that case folding is part of every sort.
const LOWERCASE_EVERY = 40;

// 1. The peers, each bundled into one script (and its stylesheet) in bench/.peers/.
// With --no-build, only those not bundled yet.
async function buildPeers() {
  const missing = (name) => KNOWN[name].files.some((file) => !existsSync(path.join(root, file)));
  for (const name of CONTENDERS.filter((candidate) => KNOWN[candidate].entry && (!options['no-build'] || missing(candidate)))) {
    const { entry, files } = KNOWN[name];
    await bundleFile(path.join(root, entry), path.join(root, path.dirname(files[0])), name);
    for (const file of files) if (!existsSync(path.join(root, file))) throw new Error(`bundling ${name} wrote no ${file}`);
  }
}

/** The gzipped bytes of every file a page with the contender loads. */
function pageBytes(name) {
  if (name === OURS) {
    const files = [...closure(['soundtrack-widgets.js', 'soundtrack-chart.js'])];
    return { files: files.map((file) => `dist/${file}`), gzip: files.reduce((sum, file) => sum + gzipped(file), 0) };
  }
  const { files } = KNOWN[name];
  return { files, gzip: files.reduce((sum, file) => sum + gzipped(file, root), 0) };
}

// 2. One run in a fresh browser context: paint, settle, heap, then a mouse click on each sorted header.
async function clickSort(page, column) {
  const point = await page.evaluate((name) => window.bench.armSort(name), column);
  await page.mouse.click(point.x, point.y);
  const result = await page.evaluate(() => window.bench.sorted());
  if (!result.hit) throw new Error(`the click at ${Math.round(point.x)}, ${Math.round(point.y)} missed the ${column} sort control`);
  return result;
}

async function openContender(browser, origin, contender, feed) {
  const probe = await openBenchPage(browser);
  await probe.page.goto(`${origin}/bench/page.html?${new URLSearchParams({ suite: 'peers', contender, n: feed, timeout: String(SLOW_MS) })}`);
  await probe.page.evaluate(() => window.benchReady);
  return probe;
}

async function measure(browser, origin, contender, size) {
  let probe;
  try {
    probe = await openContender(browser, origin, contender, String(size));
    const { page, heapNow, domNodes, errors } = probe;
    const paint = await page.evaluate(() => window.bench.paint());
    const settled = await page.evaluate(() => window.bench.settle());
    const heap = await heapNow();
    const nodes = await domNodes();
    const sorts = {};
    for (const column of SORTS) sorts[column] = await clickSort(page, column);
    return {
      paintMs: paint.ms,
      rowsAtPaint: paint.rows,
      settledMs: settled.ms,
      rowsSettled: settled.rows,
      sortArtistMs: sorts.artist.ms,
      sortDateMs: sorts.released.ms,
      firstAfterSort: { artist: sorts.artist.first, released: sorts.released.first },
      heapMB: heap / 2 ** 20,
      domNodes: nodes,
      errors,
    };
  } catch (error) {
    return { error: error.message.split('\n')[0], errors: probe?.errors ?? [] };
  } finally {
    await probe?.context.close();
  }
}

// 3. Correctness: the order of a short chart after real clicks, read from the DOM (ranks of the rows, top to bottom).
async function correctnessRun(browser, origin, contender) {
  const probe = await openContender(browser, origin, contender, 'correctness');
  try {
    const { page } = probe;
    await page.evaluate(() => window.bench.paint());
    await page.evaluate(() => window.bench.settle());
    const optionsUsed = await page.evaluate(() => window.bench.options);
    const orders = {};
    for (const [key, column] of [['artist', 'artist'], ['dateFirst', 'released'], ['dateSecond', 'released']]) {
      await clickSort(page, column);
      orders[key] = await page.evaluate(() => window.bench.ranks());
    }
    return { options: optionsUsed, orders, errors: probe.errors };
  } finally {
    await probe.context.close();
  }
}

const startOf = (iso) => {
  const [year, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
};
const where = (flags) => {
  const at = flags.flatMap((flag, index) => (flag ? [index] : []));
  if (!at.length) return 'none shown';
  if (at.at(-1) === flags.length - 1 && at.length === flags.length - at[0]) return 'last';
  if (at[0] === 0 && at.at(-1) === at.length - 1) return 'first';
  return 'in between';
};

/** What the rows' order says about a contender's collation and date order. */
function judge(orders, items) {
  const byRank = new Map(items.map((item) => [item._soundtrack.rank, item._soundtrack]));
  const read = (ranks, key) => ranks.map((rank) => byRank.get(rank)?.[key] ?? null);
  const artists = read(orders.artist, 'artist');
  const pos = (name) => artists.indexOf(name);
  const next = (a, b) => pos(a) >= 0 && Math.abs(pos(a) - pos(b)) === 1;
  const yes = (value) => (value ? 'yes' : 'NO');
  const latin = artists.filter((artist) => artist && !/\p{Script=Han}/u.test(artist));
  const hanAt = pos('坂本龍一');
  const latinAt = latin.map(pos);
  // The first date click may be either direction; the known dates say which.
  const dateOrders = [orders.dateFirst, orders.dateSecond].map((ranks) => read(ranks, 'released'));
  const direction = (dates) => {
    const known = dates.filter(Boolean).map(startOf);
    return known[0] <= known.at(-1) ? 'asc' : 'desc';
  };
  const byDirection = Object.fromEntries(dateOrders.map((dates) => [direction(dates), dates]));
  const chronological = (dates, sign) => {
    const known = dates.filter(Boolean).map(startOf);
    return known.every((value, index) => index === 0 || sign * (value - known[index - 1]) >= 0);
  };
  const asc = byDirection.asc ?? [];
  const precision = ['1997', '1997-05', '1997-05-01'].map((iso) => asc.indexOf(iso));
  return {
    rowsRead: orders.artist.length,
    'Björk next to Bjork, before Blur': yes(next('Björk', 'Bjork') && pos('Björk') < pos('Blur')),
    'abba next to ABBA, before Air': yes(next('abba', 'ABBA') && Math.max(pos('abba'), pos('ABBA')) < pos('Air')),
    'Åsa among the A': yes(pos('Air') < pos('Åsa Söderström') && pos('Åsa Söderström') < pos('Bjork')),
    'Émilie among the E': yes(pos('Daft Punk') < pos('Émilie Simon') && pos('Émilie Simon') < pos('Ennio Morricone')),
    '坂本龍一 not among the Latin': yes(hanAt >= 0 && (hanAt > Math.max(...latinAt) || hanAt < Math.min(...latinAt))),
    'unknown artist (asc)': where(artists.map((artist) => artist === null)),
    'first date click': direction(dateOrders[0]),
    'dates in order asc / desc': `${yes(byDirection.asc && chronological(byDirection.asc, 1))} / ${yes(byDirection.desc && chronological(byDirection.desc, -1))}`,
    '1997 < 1997-05 < 1997-05-01 (asc)': yes(precision.every((at) => at >= 0) && precision[0] < precision[1] && precision[1] < precision[2]),
    'unknown dates asc': where(asc.map((date) => date === null)),
    'unknown dates desc': where((byDirection.desc ?? []).map((date) => date === null)),
  };
}

async function main() {
  mkdirSync(resultsDir, { recursive: true });
  if (CONTENDERS.includes(OURS)) buildDist();
  log(`bundling the peers into ${PEERS_DIR}/ ...`);
  await buildPeers();
  const bytes = Object.fromEntries(CONTENDERS.map((name) => [name, pageBytes(name)]));
  const versions = Object.fromEntries(
    ['playwright-core', ...CONTENDERS.map((name) => KNOWN[name].package).filter(Boolean)].map((name) => [name, packageVersion(name)]),
  );
  versions['soundtrack-widgets'] = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;

  log(`generating feeds: ${SIZES.map((size) => size.toLocaleString('en')).join(', ')} rows (every ${LOWERCASE_EVERY}th artist in lower case) ...`);
  const items = chartItems(Math.max(...SIZES), undefined, { lowercaseEvery: LOWERCASE_EVERY });
  const feeds = new Map(SIZES.map((size) => [String(size), JSON.stringify(chartFeed(items, size))]));
  const checkItems = correctnessItems();
  feeds.set('correctness', JSON.stringify(chartFeed(checkItems, checkItems.length)));

  const session = await startSession(feeds);
  const { loadBefore, origin, browser } = session;
  let samples;
  const correctness = {};
  try {
    samples = await runInterleaved({
      contenders: CONTENDERS,
      measure: (contender, size) => measure(browser, origin, contender, size),
      describe: (result) =>
        `paint ${fmt(result.paintMs)} ms (${result.rowsAtPaint} rows in DOM), sort artist ${fmt(result.sortArtistMs)} ms, date ${fmt(result.sortDateMs)} ms, heap ${fmt(result.heapMB)} MB`,
      slowMs: SLOW_MS,
    });
    log(`correctness: ${checkItems.length} rows, a click on the artist header, then two on the date header, in each contender`);
    for (const contender of CONTENDERS) {
      try {
        const run = await correctnessRun(browser, origin, contender);
        correctness[contender] = { ...run, verdict: judge(run.orders, checkItems) };
      } catch (error) {
        correctness[contender] = { error: error.message.split('\n')[0] };
        log(`  ${contender}: ${correctness[contender].error}`);
      }
    }
  } finally {
    await session.close();
  }

  // Medians, and ratios against the best contender at each size.
  const summary = summarize(samples, SIZES, CONTENDERS, ['paintMs', 'sortArtistMs', 'sortDateMs', 'heapMB', 'rowsAtPaint', 'rowsSettled', 'settledMs', 'domNodes']);
  const METRICS = ['paintMs', 'sortArtistMs', 'sortDateMs', 'heapMB'];
  for (const entry of summary) {
    entry.ratios = {};
    for (const metric of METRICS) {
      const best = Math.min(...summary.filter((other) => other.size === entry.size && other[metric] !== null).map((other) => other[metric]));
      entry.ratios[metric] = entry[metric] === null || !Number.isFinite(best) ? null : entry[metric] / best;
    }
  }

  const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
  const runsText = (entry) => (entry.skipped && !entry.runs ? 'not run' : entry.failed ? `${entry.runs} (${entry.failed} failed)` : String(entry.runs));
  const withRatio = (entry, metric) => (entry[metric] === null ? '—' : `${fmt(entry[metric])} (${fmt(entry.ratios[metric], 2)}×)`);
  const date = new Date().toISOString();
  const host = machine(loadBefore);
  console.log(`\n${date.slice(0, 10)}: ${host.cpus} cores (${host.cpu}), load average (1 min) ${host.loadAverageBefore.toFixed(1)} at the start, ${host.loadAverageAfter.toFixed(1)} at the end; ${host.chromium}; ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}`);
  console.log('\nMedians: ms from start to the rows painted; (×) against the best contender (the plain table included) at that size; heap after a forced GC\n');
  const resultsTable = table(
    ['N', 'contender', 'runs', 'first paint ms', 'sort artist ms', 'sort date ms', 'heap MB', 'rows in DOM', 'page KB gz'],
    summary.map((entry) => [
      entry.size.toLocaleString('en'),
      entry.contender,
      runsText(entry),
      withRatio(entry, 'paintMs'),
      withRatio(entry, 'sortArtistMs'),
      withRatio(entry, 'sortDateMs'),
      withRatio(entry, 'heapMB'),
      entry.rowsSettled ?? '—',
      kb(bytes[entry.contender].gzip),
    ]),
  );
  console.log(resultsTable);
  for (const entry of summary) {
    const slowest = Math.max(0, ...(samples[`${entry.size}|${entry.contender}`] ?? []).map((result) => result.wallMs ?? 0));
    const notes = [
      !options.runs && runsFor(entry.size, entry.contender) === 1 ? 'one run at this size by design' : null,
      slowest > SLOW_MS ? `a run took ${(slowest / 1000).toFixed(0)} s (over ${SLOW_MS / 1000} s): measured once at this size` : null,
      entry.skipped,
      ...entry.errors,
    ].filter(Boolean);
    if (notes.length) console.log(`\n${entry.contender} at ${entry.size.toLocaleString('en')}: ${notes.slice(0, 4).join(' | ')}`);
  }

  console.log(`\nCorrectness: the order of ${checkItems.length} rows after real clicks (artist once, date twice), read from the DOM\n`);
  const verdictKeys = Object.keys(Object.values(correctness).find((entry) => entry.verdict)?.verdict ?? {});
  const correctnessTable = table(
    ['check', ...CONTENDERS],
    verdictKeys.map((key) => [key, ...CONTENDERS.map((name) => correctness[name].verdict?.[key] ?? correctness[name].error ?? '—')]),
  );
  console.log(correctnessTable);

  console.log('\nConfigurations (as the page reports them) and what a page loads\n');
  for (const name of CONTENDERS) {
    const version = KNOWN[name].package ? `${KNOWN[name].package} ${versions[KNOWN[name].package]}` : 'this repository';
    console.log(`${name} (${version}): ${kb(bytes[name].gzip)} gzipped in ${bytes[name].files.length} files`);
    console.log(`  ${JSON.stringify(correctness[name]?.options ?? null)}`);
  }

  const output = {
    date,
    machine: host,
    versions,
    method: {
      paint: 'in a task of its own: construct / set the data -> the first data row present in a rAF callback -> time read in a task posted from it (after that frame painted)',
      sort: 'playwright page.mouse.click on the centre of the header sort control; from the pointerdown event time (capture listener on window) to the frame whose first 5 rows differ from before, all with data, painted; the artist header, then the date header',
      heap: 'CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage, after the rows settled, before sorting',
      bytes: 'gzip -9 of every file the page loads for the contender; ours: dist/soundtrack-widgets.js + the static import closure of dist/soundtrack-chart.js (scripts/check-size.mjs)',
      feed: `bench/feeds.mjs chartItems (seed 20261122), every ${LOWERCASE_EVERY}th artist lower-cased; correctness: bench/feeds.mjs correctnessItems`,
      runs: Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(CONTENDERS.map((contender) => [contender, runsFor(size, contender)]))])),
      slowMs: SLOW_MS,
    },
    bytes,
    summary,
    correctness,
    samples,
    printed: { results: resultsTable, correctness: correctnessTable },
    seconds: secondsSinceStart(),
  };
  const file = path.join(resultsDir, `peers-${output.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
  log(`load average (1 min) at the end ${output.machine.loadAverageAfter.toFixed(2)}`);
  log(`done; results written to ${path.relative(root, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
