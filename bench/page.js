// The benchmark page: loads one contender and one feed, then waits for bench/run.mjs to call
// `window.bench.paint()`, `settle()` and `sort()`. Every time is taken here with performance.now().
//
// "Painted" means: the condition (rows present, or re-sorted) is true in a requestAnimationFrame
// callback, that is right before the frame that shows it, and the time is read in a task posted from
// that callback, which runs after the frame is painted.

const params = new URLSearchParams(location.search);
const contenderName = params.get('contender');
const size = Number(params.get('n'));
// The chart's own file: what a page with a chart loads (the loader, soundtrack-widgets.js, fetches it).
const library = params.get('lib') ?? '/dist/soundtrack-chart.js';
const stage = document.getElementById('stage');

// The collation the chart uses (src/feed/compare.ts textComparator), to recognise the sorted order.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: false });
const TIMEOUT = Number(params.get('timeout') ?? 30_000);

function afterPaint(resolve) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}

/** Resolves with the time after the first frame in which `check()` is true was painted. */
function paintedWhen(check) {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) afterPaint(resolve);
      else if (performance.now() - start > TIMEOUT) reject(new Error(`timed out after ${TIMEOUT} ms`));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

// Starts `work` in a task of its own, so that the browser counts its time as script time (work
// done inside a DevTools command is not) and so that nothing else shares the task.
const inOwnTask = (work) => new Promise((resolve) => setTimeout(() => resolve(work())));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

// The first row that holds data (a virtualized table may lead with a spacer row of one cell).
function firstDataRow(tbody) {
  for (let row = tbody?.firstElementChild, seen = 0; row && seen < 5; row = row.nextElementSibling, seen++) {
    if (row.cells.length > 1) return row;
  }
  return null;
}

/** A table whose header has `th > button` and whose body rows are `tbody tr`: ours and the plain one. */
function htmlTable(getRoot) {
  const artistIndex = () => {
    const headers = [...(getRoot().querySelector('thead tr')?.cells ?? [])];
    return headers.findIndex((cell) => /artist/i.test(cell.textContent));
  };
  return {
    firstRow: () => firstDataRow(getRoot().querySelector('tbody')),
    firstArtist() {
      const row = this.firstRow();
      return row ? row.cells[artistIndex()]?.textContent.trim() ?? null : null;
    },
    rowCount: () => [...getRoot().querySelectorAll('tbody')].reduce((count, tbody) => count + tbody.rows.length, 0),
    sortTarget: () => getRoot().querySelector('thead tr')?.cells[artistIndex()]?.querySelector('button') ?? null,
  };
}

const contenders = {
  'soundtrack-chart': {
    async load() {
      await import(library);
      await customElements.whenDefined('soundtrack-chart');
    },
    mount() {
      this.element = document.createElement('soundtrack-chart');
      stage.append(this.element);
      Object.assign(this, htmlTable(() => this.element.shadowRoot));
    },
    setFeed(feed) {
      this.element.addEventListener('st-load', () => (this.loadedAt = performance.now()), { once: true });
      this.element.feed = feed;
    },
    /** A long feed paints its first rows while the rest are read; `aria-busy` says when it is done. */
    busy() {
      return this.element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('aria-busy') !== 'false';
    },
    /** When the whole feed had been read (`st-load`). */
    doneAt() {
      return this.loadedAt ?? 0;
    },
  },

  'plain-table': {
    async load() {},
    mount() {
      this.element = document.createElement('div');
      this.element.id = 'plain-table';
      stage.append(this.element);
      Object.assign(this, htmlTable(() => this.element));
    },
    setFeed(feed) {
      const formats = {
        month: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
        day: new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }),
      };
      const formatDate = (iso) => {
        if (!iso) return '—';
        const [year, month, day] = iso.split('-').map(Number);
        if (!month) return String(year);
        return (day ? formats.day : formats.month).format(Date.UTC(year, month - 1, day || 1));
      };
      const rows = feed.items.map((item) => ({
        rank: item._soundtrack.rank,
        artist: item._soundtrack.artist,
        album: item._soundtrack.album,
        released: formatDate(item._soundtrack.released),
        genres: item._soundtrack.genres.join(', '),
      }));
      const cell = (text) => `<td>${text ? escapeHtml(text) : '—'}</td>`;
      const body = () =>
        rows
          .map((row) => `<tr><td>${row.rank}</td>${cell(row.artist)}${cell(row.album)}${cell(row.released)}${cell(row.genres)}</tr>`)
          .join('');
      const header = ['Rank', 'Artist', 'Album', 'Released', 'Genres']
        .map((label) => `<th scope="col"><button type="button">${label}</button></th>`)
        .join('');
      this.element.innerHTML = `<table><thead><tr>${header}</tr></thead><tbody>${body()}</tbody></table>`;
      const artistHeader = this.element.querySelectorAll('th')[1];
      artistHeader.firstElementChild.addEventListener('click', () => {
        rows.sort((a, b) => {
          if (a.artist === null || b.artist === null) return a.artist === b.artist ? a.rank - b.rank : a.artist === null ? 1 : -1;
          return collator.compare(a.artist, b.artist) || a.rank - b.rank;
        });
        artistHeader.setAttribute('aria-sort', 'ascending');
        this.element.querySelector('tbody').innerHTML = body();
      });
    },
  },

  tabulator: {
    async load() {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/node_modules/tabulator-tables/dist/css/tabulator.min.css',
      });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      const [module] = await Promise.all([import('/node_modules/tabulator-tables/dist/js/tabulator_esm.min.mjs'), loaded]);
      this.Tabulator = module.TabulatorFull;
    },
    mount() {
      this.element = document.createElement('div');
      stage.append(this.element);
    },
    setFeed(feed) {
      const data = feed.items.map((item) => ({
        id: item.id,
        rank: item._soundtrack.rank,
        artist: item._soundtrack.artist,
        album: item._soundtrack.album,
        released: item._soundtrack.released,
        genres: item._soundtrack.genres.join(', '),
      }));
      // A fixed height is Tabulator's documented setup for large data: it renders only the
      // visible rows (its virtual DOM).
      this.table = new this.Tabulator(this.element, {
        data,
        height: 600,
        layout: 'fitColumns',
        columns: [
          { title: 'Rank', field: 'rank', sorter: 'number', width: 80 },
          { title: 'Artist', field: 'artist', sorter: 'string', sorterParams: { alignEmptyValues: 'bottom' } },
          { title: 'Album', field: 'album', sorter: 'string', sorterParams: { alignEmptyValues: 'bottom' } },
          { title: 'Released', field: 'released', sorter: 'string', sorterParams: { alignEmptyValues: 'bottom' } },
          { title: 'Genres', field: 'genres', sorter: 'string' },
        ],
      });
    },
    firstRow() {
      return this.element.querySelector('.tabulator-row');
    },
    firstArtist() {
      return this.firstRow()?.querySelector('[tabulator-field="artist"]')?.textContent.trim() ?? null;
    },
    rowCount() {
      return this.element.querySelectorAll('.tabulator-row').length;
    },
    sortTarget() {
      return this.element.querySelector('.tabulator-col[tabulator-field="artist"]');
    },
  },
};

const contender = contenders[contenderName];

async function prepare() {
  if (!contender) throw new Error(`unknown contender "${contenderName}"`);
  const [feed] = await Promise.all([fetch(`/feeds/${size}.json`).then((response) => response.json()), contender.load()]);
  const artists = feed.items.map((item) => item._soundtrack.artist).filter(Boolean);
  const expected = {
    asc: artists.reduce((first, artist) => (collator.compare(artist, first) < 0 ? artist : first)),
    desc: artists.reduce((first, artist) => (collator.compare(artist, first) > 0 ? artist : first)),
  };
  contender.mount();
  await nextFrame();
  await nextFrame();
  await idle();

  let paintStart = 0;
  let paintEnd = 0;
  window.bench = {
    size: feed.items.length,

    /** Sets the feed; resolves when the first rows are painted. */
    async paint() {
      const painted = await inOwnTask(() => {
        paintStart = performance.now();
        contender.setFeed(feed);
        return paintedWhen(() => contender.firstRow() !== null);
      });
      paintEnd = painted;
      return { ms: paintEnd - paintStart, rows: contender.rowCount() };
    },

    /**
     * Waits until the contender has read the whole feed (for ours: `aria-busy="false"`) and the row
     * count has not changed for 10 frames (for renderers that add rows later), so that the sort
     * that follows works on every row.
     */
    async settle() {
      let rows = contender.rowCount();
      let lastChange = paintEnd;
      for (let still = 0; still < 10; ) {
        const time = await nextFrame();
        const now = contender.rowCount();
        const busy = contender.busy?.() ?? false;
        if (now !== rows || busy) {
          rows = now;
          lastChange = time;
          still = 0;
        } else still++;
      }
      await idle();
      lastChange = Math.max(lastChange, contender.doneAt?.() ?? 0);
      return { ms: Math.max(0, lastChange - paintStart), rows };
    },

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
     * The feed layer alone, cold: readFeed (valibot validation + normalization, what setting
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

window.benchReady = prepare();
