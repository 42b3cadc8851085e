// What the benchmark pages share (bench/page.js for npm run bench, bench/peers/page.js for npm run
// bench:peers): waiting for a painted frame, the contenders both pages measure, and the
// paint / settle steps. Every time is taken here with performance.now().
//
// "Painted" means: the condition (rows present, or re-sorted) is true in a requestAnimationFrame
// callback, that is right before the frame that shows it, and the time is read in a task posted from
// that callback, which runs after the frame is painted.

export const params = new URLSearchParams(location.search);
export const stage = document.getElementById('stage');

// The collation the chart uses (src/feed/compare.ts textComparator), to recognise the sorted order.
export const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true, ignorePunctuation: false });
const TIMEOUT = Number(params.get('timeout') ?? 30_000);

function afterPaint(resolve) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve(performance.now());
  channel.port2.postMessage(null);
}

/** Resolves with the time after the first frame in which `check()` is true was painted. */
export function paintedWhen(check) {
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
export const inOwnTask = (work) => new Promise((resolve) => setTimeout(() => resolve(work())));

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));

const escapeHtml = (text) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The rank in a cell's text ("1,234" or "1234"), or null. */
export const rankOf = (text) => {
  const digits = (text ?? '').replace(/\D/g, '');
  return digits ? Number(digits) : null;
};

/** The rows a contender is given, the same for every one that takes rows rather than the feed. */
export const rowsOf = (feed) =>
  feed.items.map((item) => ({
    id: item.id,
    rank: item._soundtrack.rank,
    artist: item._soundtrack.artist,
    album: item._soundtrack.album,
    released: item._soundtrack.released,
    genres: item._soundtrack.genres.join(', '),
  }));

/** The first `limit` values `read(row)` of `rows` (an iterable), in order. */
export function firstValues(rows, read, limit) {
  const values = [];
  for (const row of rows) {
    if (values.length >= limit) break;
    values.push(read(row));
  }
  return values;
}

// The first row that holds data (a virtualized table may lead with a spacer row of one cell).
function firstDataRow(tbody) {
  for (let row = tbody?.firstElementChild, seen = 0; row && seen < 5; row = row.nextElementSibling, seen++) {
    if (row.cells.length > 1) return row;
  }
  return null;
}

/** A table whose header has `th > button` and whose body rows are `tbody tr`: ours and the plain one. */
function htmlTable(getRoot) {
  const columnIndex = (label) => {
    const headers = [...(getRoot().querySelector('thead tr')?.cells ?? [])];
    return headers.findIndex((cell) => label.test(cell.textContent));
  };
  const dataRows = function* () {
    for (const tbody of getRoot().querySelectorAll('tbody')) for (const row of tbody.rows) if (row.cells.length > 1) yield row;
  };
  return {
    firstRow: () => firstDataRow(getRoot().querySelector('tbody')),
    firstArtist() {
      const row = this.firstRow();
      return row ? row.cells[columnIndex(/artist/i)]?.textContent.trim() ?? null : null;
    },
    rowCount: () => [...getRoot().querySelectorAll('tbody')].reduce((count, tbody) => count + tbody.rows.length, 0),
    /** The ranks of the data rows in the DOM, in order (at most `limit`). */
    ranks(limit = Infinity) {
      const rank = columnIndex(/rank/i);
      return firstValues(dataRows(), (row) => rankOf(row.cells[rank]?.textContent), limit);
    },
    sortTarget: (column = 'artist') =>
      getRoot().querySelector('thead tr')?.cells[columnIndex(column === 'artist' ? /artist/i : /released/i)]?.querySelector('button') ?? null,
  };
}

/** Ours, a hand-written table and Tabulator; `library` is the chart's script. */
export function sharedContenders(library) {
  return {
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

    // Each header sorts its column: ascending on the first click, then descending; text with the
    // chart's collator, dates by their ISO text (1997 before 1997-05 before 1997-05-20), unknown last.
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
        const rows = rowsOf(feed).map((row) => ({ ...row, iso: row.released, released: formatDate(row.released) }));
        const cell = (text) => `<td>${text ? escapeHtml(text) : '—'}</td>`;
        const body = () =>
          rows
            .map((row) => `<tr><td>${row.rank}</td>${cell(row.artist)}${cell(row.album)}${cell(row.released)}${cell(row.genres)}</tr>`)
            .join('');
        const columns = [
          ['Rank', 'rank', (a, b) => a - b],
          ['Artist', 'artist', collator.compare],
          ['Album', 'album', collator.compare],
          ['Released', 'iso', (a, b) => (a < b ? -1 : a > b ? 1 : 0)],
          ['Genres', 'genres', collator.compare],
        ];
        const header = columns.map(([label]) => `<th scope="col"><button type="button">${label}</button></th>`).join('');
        this.element.innerHTML = `<table><thead><tr>${header}</tr></thead><tbody>${body()}</tbody></table>`;
        this.element.querySelectorAll('th').forEach((th, index) => {
          const [, key, compare] = columns[index];
          th.firstElementChild.addEventListener('click', () => {
            const sign = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
            rows.sort((a, b) => {
              if (!a[key] || !b[key]) return !a[key] === !b[key] ? a.rank - b.rank : !a[key] ? 1 : -1;
              return sign * compare(a[key], b[key]) || a.rank - b.rank;
            });
            this.element.querySelectorAll('th').forEach((other) => other.removeAttribute('aria-sort'));
            th.setAttribute('aria-sort', sign === 1 ? 'ascending' : 'descending');
            this.element.querySelector('tbody').innerHTML = body();
          });
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
        // A fixed height is Tabulator's documented setup for large data: it renders only the
        // visible rows (its virtual DOM).
        this.table = new this.Tabulator(this.element, {
          data: rowsOf(feed),
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
      ranks(limit = Infinity) {
        return firstValues(this.element.querySelectorAll('.tabulator-row [tabulator-field="rank"]'), (cell) => rankOf(cell.textContent), limit);
      },
      sortTarget(column = 'artist') {
        return this.element.querySelector(`.tabulator-col[tabulator-field="${column}"]`);
      },
    },
  };
}

/** Loads the feed and the contender, mounts it, and returns the paint and settle steps. */
export async function prepareBench(contender, feedUrl) {
  let [feed] = await Promise.all([fetch(feedUrl).then((response) => response.json()), contender.load()]);
  contender.mount();
  await nextFrame();
  await nextFrame();
  await idle();

  let paintStart = 0;
  let paintEnd = 0;
  // Main-thread tasks over 50 ms (the browser reports no shorter ones), from setting the feed on.
  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask' });
  return {
    feed,
    size: feed.items.length,

    /**
     * Lets go of the page's reference to the feed (as a publisher's page that hands it over and
     * keeps nothing), so that the heap holds only what the contender itself keeps (bench/heap.mjs).
     */
    dropFeed() {
      feed = null;
      delete this.feed;
    },

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
      const whileRead = longTasks.filter((task) => task.startTime + task.duration >= paintStart && task.startTime <= lastChange);
      return { ms: Math.max(0, lastChange - paintStart), rows, longestTaskMs: Math.max(0, ...whileRead.map((task) => task.duration)) };
    },
  };
}
