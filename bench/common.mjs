// What the benchmark scripts share (bench/run.mjs for npm run bench, bench/peers.mjs for
// npm run bench:peers): options, building dist/, serving the pages and feeds, a fresh browser
// page per run with its CDP session, the interleaved runs, medians and the printed tables.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveFolder } from '../scripts/browser.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const resultsDir = path.join(root, 'bench/results');

/** `--sizes=100,1000 --no-build` as `{ sizes: '100,1000', 'no-build': 'true' }`. */
export const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
export const SIZES = (options.sizes ?? '100,1000,10000,100000').split(',').map(Number);

/**
 * Runs per size: 3 at 100,000 (`slow` contenders, whose one run there takes about half a minute,
 * once), 5 at 10,000 and 9 below, where a run is short and one frame more or less moves a median
 * most; `--runs=N` for every size.
 */
export const runsFor = (size, contender, slow = ['plain-table']) =>
  Number(options.runs ?? (size >= 100_000 ? (slow.includes(contender) ? 1 : 3) : size >= 10_000 ? 5 : 9));

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s`;
export const log = (message) => console.log(`[${elapsed()}] ${message}`);
export const secondsSinceStart = () => Math.round((performance.now() - started) / 1000);

export const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const packageVersion = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Builds the script-tag files into dist/ (the chart is dist/soundtrack-chart.js), unless --no-build. */
export function buildDist() {
  if (options.build === 'false' || options['no-build']) return;
  log('building dist/ (the chart is dist/soundtrack-chart.js) with npm run build:cdn ...');
  const result = spawnSync('node', ['scripts/build-cdn.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`the script-tag build failed (exit ${result.status})`);
}

/** One minified ES file (and its CSS, when it imports any) from `entry`, in `outDir`. */
export async function bundleFile(entry, outDir, name) {
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => `${name}.js`, cssFileName: name },
      rolldownOptions: { output: { minify: true } },
    },
  });
}

/** Serves the repository, the folders in `mounts` and the generated `feeds` (a Map of a name, e.g. "1000", to JSON text) at /feeds/<name>.json on loopback. */
function serveBench(feeds, mounts = {}) {
  return serveFolder(root, {
    headers: () => ({ 'Cache-Control': 'no-store' }),
    mounts,
    respond(pathname) {
      const feed = /^\/feeds\/([\w-]+)\.json$/.exec(pathname);
      return feed && feeds.has(feed[1]) ? { type: 'application/feed+json', body: feeds.get(feed[1]) } : undefined;
    },
  });
}

/**
 * A fresh browser context and page (1280 × 800) with its CDP session, the page's errors collected,
 * and the probes a run reads: heap after a forced GC, main-thread metrics, DOM nodes.
 */
export async function openBenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    context,
    page,
    cdp,
    errors,
    async heapNow() {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
    async metrics() {
      return Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
    },
    async domNodes() {
      return (await cdp.send('Memory.getDOMCounters')).nodes;
    },
  };
}

/** Main-thread time between two `metrics()` readings, ms: script, style recalc, layout and the rest. */
export function splitMetrics(before, after) {
  const ms = (name) => (after[name] - before[name]) * 1000;
  const script = ms('ScriptDuration');
  const style = ms('RecalcStyleDuration');
  const layout = ms('LayoutDuration');
  return { script, style, layout, other: Math.max(0, ms('TaskDuration') - script - style - layout) };
}

/**
 * One unmeasured page per contender (a fresh browser's one-off costs land on no one), then for
 * each size (SIZES unless given) `runs(size, contender)` (runsFor unless given) runs of `measure(contender, size)`, contenders interleaved.
 * `describe(result)` is the log line of a run. A contender whose run takes longer than
 * `slowMs` is not run again at that size, and one that times out or takes that long at a size is
 * not run at larger sizes (`skipped` in its samples says so). Returns the samples by `size|contender`.
 */
export async function runInterleaved({ sizes = SIZES, contenders, runs = runsFor, measure, describe, slowMs = Infinity }) {
  const samples = {};
  log('warming the browser up: one unmeasured page per contender');
  for (const contender of contenders) await measure(contender, Math.min(...sizes));
  const givenUp = new Map();
  for (const size of sizes) {
    const most = Math.max(...contenders.map((contender) => runs(size, contender)));
    log(`N = ${size.toLocaleString('en')}: ${contenders.map((contender) => `${contender} ×${runs(size, contender)}`).join(', ')}, interleaved`);
    const stopped = new Set();
    for (let run = 1; run <= most; run++) {
      for (const contender of contenders.filter((candidate) => run <= runs(size, candidate))) {
        const list = (samples[`${size}|${contender}`] ??= []);
        if (givenUp.has(contender)) {
          if (run === 1) {
            list.push({ skipped: givenUp.get(contender) });
            log(`  ${contender.padEnd(17)} not run: ${givenUp.get(contender)}`);
          }
          continue;
        }
        if (stopped.has(contender)) continue;
        const begun = performance.now();
        const result = await measure(contender, size);
        const wallMs = performance.now() - begun;
        result.wallMs = wallMs;
        list.push(result);
        const note = result.error ? `ERROR ${result.error}` : describe(result);
        log(`  run ${run}/${runs(size, contender)} ${contender.padEnd(17)} ${note}${result.errors?.length ? ` [page errors: ${result.errors.slice(0, 2).join(' | ')}]` : ''}`);
        const timedOut = /timed out/i.test(result.error ?? '');
        if (wallMs > slowMs || timedOut) {
          const why = timedOut ? `timed out at ${size.toLocaleString('en')} rows` : `one run took ${(wallMs / 1000).toFixed(0)} s at ${size.toLocaleString('en')} rows`;
          if (run < runs(size, contender)) log(`  ${contender}: ${why}, measured once at this size`);
          stopped.add(contender);
          givenUp.set(contender, why);
        }
      }
    }
  }
  return samples;
}

/**
 * Per size and contender: how many runs counted, failed or were skipped, the distinct errors, the
 * median of each of `keys`, and `extra(ok)` of the runs that counted.
 */
export function summarize(samples, sizes, contenders, keys, extra = () => ({})) {
  return sizes.flatMap((size) =>
    contenders.map((contender) => {
      const list = samples[`${size}|${contender}`] ?? [];
      const ok = list.filter((result) => !result.error && !result.skipped);
      return {
        size,
        contender,
        runs: ok.length,
        failed: list.filter((result) => result.error).length,
        skipped: list.find((result) => result.skipped)?.skipped ?? null,
        errors: [...new Set(list.flatMap((result) => [result.error, ...(result.errors ?? [])]).filter(Boolean))],
        ...Object.fromEntries(keys.map((key) => [key, median(ok.map((result) => result[key]))])),
        ...extra(ok),
      };
    }),
  );
}

// Printing.
export const fmt = (value, digits = 1) => (value === null || value === undefined ? '—' : value.toFixed(digits));
export function table(headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => (column < 2 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join(' | ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The machine a run was made on, and how busy it was. */
export function machine(loadAverageBefore) {
  return {
    loadAverageBefore,
    loadAverageAfter: os.loadavg()[0],
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim(),
  };
}

/**
 * Logs the load average (other work on the machine skews every number), serves the pages and
 * `feeds` (see serveBench) and launches Chromium; `close()` stops both.
 */
export async function startSession(feeds, mounts) {
  const loadBefore = os.loadavg()[0];
  log(`load average (1 min) ${loadBefore.toFixed(2)} on ${os.cpus().length} cores${loadBefore > 0.5 ? ': other work is running, expect noise' : ''}`);
  const { server, origin } = await serveBench(feeds, mounts);
  log(`serving on ${origin}`);
  const browser = await launchChromium();
  return {
    loadBefore,
    origin,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}
