// The benchmark page of npm run bench: loads one contender and one feed, then waits for
// bench/run.mjs to call `window.bench.paint()`, `settle()` and `sort()`. See bench/harness.js.
// With `?suite=peers` it is the page of npm run bench:peers instead (bench/peers/page.js).

import { collator, inOwnTask, paintedWhen, params, prepareBench, sharedContenders } from './harness.js';

const contenderName = params.get('contender');
const size = Number(params.get('n'));
// The chart's own file: what a page with a chart loads (the loader, soundtrack-widgets.js, fetches it).
const library = params.get('lib') ?? '/dist/soundtrack-chart.js';
const contender = sharedContenders(library)[contenderName];

async function prepare() {
  if (!contender) throw new Error(`unknown contender "${contenderName}"`);
  const steps = await prepareBench(contender, `/feeds/${size}.json`);
  const { feed } = steps;
  const artists = feed.items.map((item) => item._soundtrack.artist).filter(Boolean);
  const expected = {
    asc: artists.reduce((first, artist) => (collator.compare(artist, first) < 0 ? artist : first)),
    desc: artists.reduce((first, artist) => (collator.compare(artist, first) > 0 ? artist : first)),
  };

  window.bench = {
    ...steps,

    /** Clicks the artist header; resolves when the re-sorted first rows are painted. */
    async sort() {
      const target = contender.sortTarget();
      if (!target) throw new Error('no sort control in the artist header');
      const before = contender.firstArtist();
      const sorted = (artist) => artist !== null && (collator.compare(artist, expected.asc) === 0 || collator.compare(artist, expected.desc) === 0);
      if (sorted(before)) throw new Error(`the first row already shows "${before}" before sorting`);
      let start = 0;
      const end = await inOwnTask(() => {
        start = performance.now();
        target.click();
        return paintedWhen(() => sorted(contender.firstArtist()));
      });
      const first = contender.firstArtist();
      return { ms: end - start, direction: collator.compare(first, expected.asc) === 0 ? 'asc' : 'desc', first };
    },

    /**
     * The feed layer alone, cold: readFeed (validation by the feed rules + normalization, what setting
     * `feed` runs), then the URL check it applies to every item on its own, then the feed
     * layer's sort index ranking the artists and sorting the normalized items by them (what the
     * chart's first sort by a column does).
     */
    async feedLayer() {
      const { readFeed, safeUrl, rankTexts, SortIndex } = await import('/feed-layer/feed-layer.js');
      let start = performance.now();
      const normalized = await readFeed(feed, 'bench');
      const readFeedMs = performance.now() - start;
      start = performance.now();
      for (const item of feed.items) if (item.url) safeUrl(item.url);
      const safeUrlMs = performance.now() - start;
      start = performance.now();
      const { items } = normalized;
      new SortIndex(items, () => rankTexts(items.map((item) => item.artist), 'en')).order([{ key: 'artist', direction: 'asc' }]);
      return { readFeedMs, safeUrlMs, rankedSortMs: performance.now() - start, items: items.length };
    },
  };
}

window.benchReady = params.get('suite') === 'peers' ? import('./peers/page.js').then((peers) => peers.ready) : prepare();
