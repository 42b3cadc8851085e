#!/usr/bin/env node
// Where the JS heap goes with a long chart: the heap after a forced GC (CDP HeapProfiler.collectGarbage,
// Runtime.getHeapUsage) on the peers page (bench/peers/page.js, the rows of npm run bench:peers),
// once with the page still holding the feed object it handed over (as npm run bench:peers measures)
// and once after the page let go of it (as a publisher's page that keeps nothing); for
// <soundtrack-chart> also read from `src`, so that no parsed feed object outlives the reading.
// With --snapshot, a heap snapshot of each state of ours, summed by kind of object. It reports; it never fails.
//
// Options: --sizes=10000,100000  --runs=3  --contenders=soundtrack-chart,vaadin-grid  --no-build  --snapshot

import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildDist, bundleFile, fmt, log, median, openBenchPage, options, root, startSession, table } from './common.mjs';
import { chartFeed, chartItems } from './feeds.mjs';
import { CONTENDERS as KNOWN } from './peers/configs.js';

const SIZES = (options.sizes ?? '10000,100000').split(',').map(Number);
const RUNS = Number(options.runs ?? 3);
const CONTENDERS = (options.contenders ?? 'soundtrack-chart,vaadin-grid').split(',');
const OURS = 'soundtrack-chart';
const MB = 2 ** 20;

/** The heap, with the page holding the feed, then without; `src`: ours reading the feed from its URL instead. */
async function measure(browser, origin, contender, size, { src = false } = {}) {
  const probe = await openBenchPage(browser);
  const { page, heapNow } = probe;
  try {
    await page.goto(`${origin}/bench/page.html?${new URLSearchParams({ suite: 'peers', contender, n: String(size) })}`);
    await page.evaluate(() => window.benchReady);
    if (src) {
      await page.evaluate(() => window.bench.dropFeed());
      const empty = await heapNow();
      await page.evaluate(async (url) => {
        const chart = document.querySelector('soundtrack-chart');
        const loaded = new Promise((resolve) => chart.addEventListener('st-load', resolve, { once: true }));
        chart.src = url;
        await loaded;
        await chart.updateComplete;
      }, `/feeds/${size}.json`);
      await page.evaluate(() => window.bench.settle());
      return { empty, src: await heapNow(), snapshot: options.snapshot ? await snapshotOf(probe) : null, errors: probe.errors };
    }
    await page.evaluate(() => window.bench.paint());
    await page.evaluate(() => window.bench.settle());
    const kept = await heapNow();
    await page.evaluate(() => window.bench.dropFeed());
    const dropped = await heapNow();
    const snapshot = options.snapshot && contender === OURS ? await snapshotOf(probe) : null;
    return { kept, dropped, snapshot, errors: probe.errors };
  } finally {
    await probe.context.close();
  }
}

async function snapshotOf({ cdp }) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return summarizeSnapshot(JSON.parse(chunks.join('')));
}

/** Self size by kind of object (plain objects by their first property names) and of strings by the property that holds them. */
function summarizeSnapshot({ snapshot: { meta }, nodes, edges, strings }) {
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const [TYPE, NAME, SELF, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field));
  const kinds = new Map();
  const add = (map, key, size) => {
    const entry = map.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += size;
    map.set(key, entry);
  };
  const isText = (node) => nodeTypes[nodes[node * NF + TYPE]].includes('string');
  const textBy = new Map();
  const seen = new Uint8Array(nodes.length / NF);
  for (let node = 0, edge = 0; node < nodes.length / NF; node++) {
    const type = nodeTypes[nodes[node * NF + TYPE]];
    const name = strings[nodes[node * NF + NAME]];
    const properties = [];
    for (let end = edge + nodes[node * NF + EDGES] * EF; edge < end; edge += EF) {
      if (edgeTypes[edges[edge]] !== 'property') continue;
      const property = strings[edges[edge + 1]];
      const target = edges[edge + 2] / NF;
      properties.push(property);
      if (isText(target) && !seen[target]) {
        seen[target] = 1;
        add(textBy, `text in .${property}`, nodes[target * NF + SELF]);
      }
    }
    const kind = isText(node) ? 'text' : type === 'object' && name === 'Object' ? `{${properties.slice(0, 6).join(', ')}${properties.length > 6 ? ', …' : ''}}` : `${type} ${name}`;
    add(kinds, kind, nodes[node * NF + SELF]);
  }
  const top = (map, count) => [...map].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, count).map(([kind, { count: n, bytes }]) => ({ kind, count: n, mb: bytes / MB }));
  return { kinds: top(kinds, 10), text: top(textBy, 8) };
}

async function main() {
  buildDist();
  for (const name of CONTENDERS) {
    const { entry, files } = KNOWN[name] ?? {};
    if (!KNOWN[name]) throw new Error(`unknown contender "${name}"`);
    if (entry && files.some((file) => !existsSync(path.join(root, file)))) await bundleFile(path.join(root, entry), path.join(root, path.dirname(files[0])), name);
  }
  const items = chartItems(Math.max(...SIZES), undefined, { lowercaseEvery: 40 });
  const session = await startSession(new Map(SIZES.map((size) => [String(size), JSON.stringify(chartFeed(items, size))])));
  const rows = [];
  const snapshots = [];
  try {
    for (const size of SIZES) {
      for (const contender of CONTENDERS) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) runs.push(await measure(session.browser, session.origin, contender, size));
        const fromSrc = [];
        if (contender === OURS) for (let run = 0; run < RUNS; run++) fromSrc.push(await measure(session.browser, session.origin, contender, size, { src: true }));
        const mb = (list, key) => (list.length ? median(list.map((run) => run[key] / MB)) : null);
        rows.push([size.toLocaleString('en'), contender, fmt(mb(runs, 'kept')), fmt(mb(runs, 'dropped')), contender === OURS ? fmt(mb(fromSrc, 'src')) : '—', contender === OURS ? fmt(mb(fromSrc, 'empty')) : '—']);
        log(`${contender} at ${size.toLocaleString('en')}: ${rows.at(-1).slice(2).join(' / ')} MB${[...runs, ...fromSrc].some((run) => run.errors.length) ? ` [page errors: ${[...runs, ...fromSrc].flatMap((run) => run.errors).slice(0, 2).join(' | ')}]` : ''}`);
        if (runs[0].snapshot) snapshots.push([`${contender} at ${size.toLocaleString('en')}, the page without the feed`, runs[0].snapshot]);
        if (fromSrc[0]?.snapshot) snapshots.push([`${contender} at ${size.toLocaleString('en')}, read from src`, fromSrc[0].snapshot]);
      }
    }
  } finally {
    await session.close();
  }
  console.log(`\nHeap after a forced GC, MB, medians of ${RUNS} runs\n`);
  console.log(table(['N', 'contender', 'page keeps the feed', 'page drops it', 'ours from src', 'page, no feed'], rows));
  for (const [title, { kinds, text }] of snapshots) {
    console.log(`\nSnapshot: ${title} (self sizes)\n`);
    console.log(table(['kind', 'count', 'MB'], [...kinds, ...text].map(({ kind, count, mb }) => [kind, count, fmt(mb, 2)])));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
