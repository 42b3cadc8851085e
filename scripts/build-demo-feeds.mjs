#!/usr/bin/env node
// Builds demo/feeds/top-100.json from the scraped chart seed, then checks every
// feed in demo/feeds against the shipped JSON Schema (scripts/check-feeds.mjs).
//
// Usage: node scripts/build-demo-feeds.mjs
//
// Plain Node 20 ESM. Output is deterministic: the same seed
// always produces byte-identical JSON (2-space indent, trailing newline).
//
// The editorial feeds (aged-well, better-than-the-movie, better-than-the-movie-32)
// are hand-written JSON in demo/feeds/; this script only checks them. What they
// correct in the seeds, and which facts they leave out, is in demo/feeds/NOTES.md.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const feedsDir = path.join(repoRoot, 'demo', 'feeds');
const CHART_SEED = '001_2e18d90367d635ca.txt';

/**
 * Genre names that occur in the chart seed. The scrape glued each row's genres
 * into one string without separators (`soundtrackjazz`, `k-popsoundtrack`,
 * `soundtrackpost-punk revival`); they are split back using this list.
 * Built by looking at every distinct glued value in the seed.
 */
const KNOWN_GENRES = [
  'soundtrack',
  'ambient',
  'classical',
  'electronic',
  'folk',
  'jazz',
  'k-pop',
  'musical',
  'pop',
  'post-punk revival',
  'soul',
  'world',
];

const warnings = [];
const warn = (msg) => {
  warnings.push(msg);
  console.warn(`warning: ${msg}`);
};

/**
 * Split a glued genre string into known genre names, keeping their order.
 * Uses the segmentation with the fewest parts (so `k-pop` wins over `k-` + `pop`).
 * Returns null when the string cannot be split entirely into known names.
 */
export function splitGenres(glued, known = KNOWN_GENRES) {
  const s = glued.trim().toLowerCase();
  if (s === '') return [];
  // best[i] = shortest list of genres that spells s.slice(0, i)
  const best = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    if (best[i] === null) continue;
    for (const g of known) {
      if (s.startsWith(g, i)) {
        const j = i + g.length;
        const candidate = [...best[i], g];
        if (best[j] === null || candidate.length < best[j].length) best[j] = candidate;
      }
    }
  }
  return best[s.length];
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Normalise a release date to `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (its own precision), or null. */
export function parseReleased(raw, context = '') {
  const s = raw.trim();
  if (s === '') return null;
  const m = ISO_PARTIAL.exec(s);
  if (!m) {
    warn(`${context}: unrecognised release date "${s}", using null`);
    return null;
  }
  const [, , mm, dd] = m;
  if (mm !== undefined && (Number(mm) < 1 || Number(mm) > 12)) {
    warn(`${context}: impossible month in "${s}", using null`);
    return null;
  }
  if (dd !== undefined) {
    const d = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
      warn(`${context}: impossible date "${s}", using null`);
      return null;
    }
  }
  return s;
}

/** Parse the rows of the chart seed: `| #54 | ByThe Beatles | Released:1969-01-13 | soundtrackjazz | ||` */
export function parseChartRows(text) {
  const rows = [];
  for (const [lineNo, line] of text.split(/\r?\n/).entries()) {
    if (!/^\|\s*#\d+/.test(line)) continue;
    const cells = line.split('|').map((c) => c.trim());
    // cells[0] is the empty string before the first pipe.
    const [, rankCell = '', byCell = '', releasedCell = '', genreCell = ''] = cells;
    const where = `${CHART_SEED}:${lineNo + 1}`;
    const rank = Number(rankCell.replace(/^#/, ''));
    if (!Number.isInteger(rank) || rank < 1) {
      warn(`${where}: unreadable rank "${rankCell}", row skipped`);
      continue;
    }
    let artist = byCell.replace(/^By/, '').trim();
    if (!byCell.startsWith('By')) warn(`${where}: artist cell without "By" prefix: "${byCell}"`);
    if (artist === '') artist = null;
    if (!releasedCell.startsWith('Released:')) {
      warn(`${where}: release cell without "Released:" prefix: "${releasedCell}"`);
    }
    const released = parseReleased(releasedCell.replace(/^Released:/, ''), where);
    let genres = splitGenres(genreCell);
    if (genres === null) {
      warn(`${where}: cannot split genres "${genreCell}" into known names, kept whole`);
      genres = [genreCell];
    }
    rows.push({ rank, artist, released, genres });
  }
  return rows;
}

function buildTop100(text) {
  const rows = parseChartRows(text);

  // Report, never repair: duplicates and gaps in the ranking.
  const seen = new Map();
  for (const r of rows) seen.set(r.rank, (seen.get(r.rank) ?? 0) + 1);
  const maxRank = Math.max(0, ...rows.map((r) => r.rank));
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([rank]) => rank);
  const missing = [];
  for (let i = 1; i <= Math.max(100, maxRank); i++) if (!seen.has(i)) missing.push(i);
  if (duplicates.length) warn(`chart: duplicate ranks ${duplicates.join(', ')}`);
  if (missing.length) warn(`chart: missing ranks ${missing.join(', ')}`);

  rows.sort((a, b) => a.rank - b.rank);
  const idCount = new Map();
  const items = rows.map((r) => {
    let id = `top-100-rank-${r.rank}`;
    const n = (idCount.get(id) ?? 0) + 1;
    idCount.set(id, n);
    if (n > 1) id += `-${n}`; // only with duplicate ranks, which are reported above
    return {
      id,
      _soundtrack: {
        rank: r.rank,
        artist: r.artist,
        album: null, // album titles were lost in the scrape
        film: null,
        released: r.released,
        genres: r.genres,
      },
    };
  });

  // The seed reads "List updated:" with no date, so `_soundtrack.updated` is left out.
  const updated = /List updated:[ \t]*(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];

  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Top 100 soundtrack albums',
    home_page_url: 'https://example.com/charts/soundtracks',
    description:
      'A ranked chart of 100 soundtrack albums with artist, release date and genres. Album titles were not preserved in the source.',
    language: 'en',
    ...(updated ? { _soundtrack: { updated } } : {}),
    items,
  };
  return { feed, count: rows.length, duplicates, missing };
}

/**
 * A sample chart week for the movement columns: the top 20 of the chart with an invented
 * previous week (a fixed reshuffle, so the file is the same on every run), two new entries and a
 * re-entry. The seed has no previous week: the feed and the demo page say this is sample data.
 */
export function buildSampleWeek(top100) {
  const top = top100.items.slice(0, 20);
  const previous = [3, null, 1, 7, 4, 12, 5, 6, 16, 8, null, 10, 9, 'back', 13, 11, 24, 14, 15, 19];
  const weeks = [14, 1, 22, 9, 31, 6, 18, 11, 3, 40, 1, 7, 26, 2, 12, 19, 5, 8, 16, 4];
  const items = top.map((item, i) => {
    const rank = i + 1;
    const before = previous[i];
    const facts = { ...item._soundtrack, rank, weeks_on_chart: weeks[i] };
    if (before === 'back') facts.reentry = true;
    else facts.previous_rank = before;
    facts.peak_rank = Math.min(rank, typeof before === 'number' ? before : rank, weeks[i] > 20 ? 1 : rank);
    return { ...item, id: `${item.id}-week`, _soundtrack: facts };
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Soundtrack albums this week (sample movement)',
    description: 'The top 20 of the chart with an invented previous week, to show the movement, peak and weeks columns. Sample data, not a real chart week.',
    language: 'en',
    items,
  };
}

// ---------------------------------------------------------------------------

function main() {
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) {
    console.log(`Seeds folder not found at ${seedsDir}; nothing to build.`);
    return 0;
  }
  const chartPath = path.join(seedsDir, CHART_SEED);
  if (!fs.existsSync(chartPath)) {
    console.log(`Chart seed ${CHART_SEED} not found in ${seedsDir}; nothing to build.`);
    return 0;
  }

  const { feed, count, duplicates, missing } = buildTop100(fs.readFileSync(chartPath, 'utf8'));
  fs.mkdirSync(feedsDir, { recursive: true });
  const out = path.join(feedsDir, 'top-100.json');
  fs.writeFileSync(out, `${JSON.stringify(feed, null, 2)}\n`);
  console.log(
    `wrote ${path.relative(repoRoot, out)}: ${count} items` +
      (duplicates.length || missing.length ? ' (see warnings about ranks)' : ', ranks 1..100 each once'),
  );

  const week = path.join(feedsDir, 'sample-week.json');
  fs.writeFileSync(week, `${JSON.stringify(buildSampleWeek(feed), null, 2)}\n`);
  console.log(`wrote ${path.relative(repoRoot, week)}: 20 items of sample movement`);

  // Every demo feed against the shipped JSON Schema: the one place the format's rules are written down for files.
  const { status } = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check-feeds.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  const failed = status !== 0;
  if (warnings.length) console.warn(`${warnings.length} warning(s)`);
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
