// What bench/page.html?suite=peers runs for npm run bench:peers: one contender (ours, the plain
// table, Tabulator from bench/harness.js, or Grid.js, simple-datatables, Vaadin Grid from here)
// and one feed. bench/peers.mjs calls `bench.paint()` and `bench.settle()`, then for each sort
// `bench.armSort(column)`, clicks the point it returns with the mouse and awaits `bench.sorted()`.

import { firstValues, paintedWhen, params, prepareBench, rankOf, rowsOf, sharedContenders, stage } from '../harness.js';
import { CONTENDERS } from './configs.js';

const COLUMNS = [
  ['rank', 'Rank'],
  ['artist', 'Artist'],
  ['album', 'Album'],
  ['released', 'Released'],
  ['genres', 'Genres'],
];

/** Links the peer's stylesheets (waiting until they apply) and imports its script. */
async function loadFiles(name) {
  const { files } = CONTENDERS[name];
  const sheets = files.filter((file) => file.endsWith('.css'));
  const script = files.find((file) => /\.m?js$/.test(file));
  const linked = sheets.map((href) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/${href}` });
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', () => reject(new Error(`could not load ${href}`)));
    });
    document.head.append(link);
    return loaded;
  });
  const [module] = await Promise.all([import(`/${script}`), ...linked]);
  return module;
}

const peers = {
  // Client-side pagination: what Grid.js documents for many rows it holds in memory (its other
  // answer is a server doing the paging, which is no comparison for data already on the page).
  gridjs: {
    options: { sort: true, pagination: { limit: 50 }, columns: COLUMNS.map(([id, name]) => ({ id, name })) },
    async load() {
      this.Grid = (await loadFiles('gridjs')).Grid;
    },
    mount() {
      this.element = stage.appendChild(document.createElement('div'));
    },
    setFeed(feed) {
      this.grid = new this.Grid({ ...this.options, data: rowsOf(feed) }).render(this.element);
    },
    rankCells() {
      return this.element.querySelectorAll('tbody td[data-column-id="rank"]');
    },
    sortTarget(column) {
      return this.element.querySelector(`thead th[data-column-id="${column}"]`);
    },
  },

  // Paging (its default) with 50 rows a page; each column typed, the dates as ISO 8601 text
  // (parsed with dayjs for sorting). Unknown values are given as empty cells.
  'simple-datatables': {
    options: {
      perPage: 50,
      perPageSelect: [50, 100, 500],
      columns: [
        { select: 0, type: 'number' },
        { select: [1, 2, 4], type: 'string' },
        { select: 3, type: 'date', format: 'ISO_8601' },
      ],
    },
    async load() {
      this.DataTable = (await loadFiles('simple-datatables')).DataTable;
    },
    mount() {
      this.element = stage.appendChild(document.createElement('div'));
    },
    setFeed(feed) {
      const table = this.element.appendChild(document.createElement('table'));
      const data = rowsOf(feed).map((row) => COLUMNS.map(([key]) => (row[key] ?? '') === '' ? '' : String(row[key])));
      this.table = new this.DataTable(table, { ...this.options, data: { headings: COLUMNS.map(([, label]) => label), data } });
    },
    rankCells() {
      return this.element.querySelectorAll('tbody tr td:first-child');
    },
    sortTarget(column) {
      const index = COLUMNS.findIndex(([key]) => key === column);
      const header = this.element.querySelectorAll('thead th')[index];
      return header?.querySelector('button') ?? header ?? null;
    },
  },

  // The grid's built-in virtual scrolling over an in-memory array (`items`) in a fixed height, a
  // sort column per field.
  'vaadin-grid': {
    options: { style: 'height: 600px', items: 'the rows array', columns: COLUMNS.map(([path, header]) => `<vaadin-grid-sort-column path="${path}" header="${header}">`) },
    async load() {
      await loadFiles('vaadin-grid');
      await customElements.whenDefined('vaadin-grid');
    },
    mount() {
      this.element = document.createElement('vaadin-grid');
      this.element.style.height = '600px';
      for (const [path, header] of COLUMNS) this.element.append(Object.assign(document.createElement('vaadin-grid-sort-column'), { path, header }));
      stage.append(this.element);
    },
    setFeed(feed) {
      this.element.items = rowsOf(feed);
    },
    /** The rows' first cells, top to bottom on screen (the grid moves its rows rather than reordering them). */
    rankCells() {
      const rows = [...(this.element.shadowRoot?.querySelectorAll('#items > tr') ?? [])].filter((row) => !row.hidden);
      const cells = rows
        .map((row) => ({ top: row.getBoundingClientRect().top, content: row.querySelector('slot')?.assignedElements()[0] }))
        .filter(({ content }) => content && rankOf(content.textContent) !== null)
        .sort((a, b) => a.top - b.top);
      return cells.map(({ content }) => content);
    },
    sortTarget(column) {
      return [...this.element.querySelectorAll('vaadin-grid-sorter')].find((sorter) => sorter.path === column) ?? null;
    },
  },
};

// What the peers share: rows read from their rank cells.
for (const peer of Object.values(peers)) {
  Object.assign(peer, {
    ranks(limit = Infinity) {
      return firstValues(this.rankCells(), (cell) => rankOf(cell.textContent), limit);
    },
    firstRow() {
      return this.ranks(1)[0] != null ? this.rankCells()[0] : null;
    },
    rowCount() {
      return this.rankCells().length;
    },
  });
}

const shared = sharedContenders('/dist/soundtrack-chart.js');
shared['soundtrack-chart'].options = {
  feed: 'the JSON Feed object, set as el.feed (validated and normalized by the element)',
  columns: 'its default (rank, artist, album, released, genres)',
  rows: 'its own windowing of long charts (rows near the viewport only)',
};
shared['plain-table'].options = { html: 'one innerHTML of every row; a click sorts with Intl.Collator (en, base) and writes the body again' };
shared.tabulator.options = {
  height: 600,
  layout: 'fitColumns',
  columns: 'rank sorter number; artist, album, released, genres sorter string (alignEmptyValues bottom but genres)',
  renderVertical: 'virtual (its default with a fixed height)',
};

const name = params.get('contender');
const contender = { ...shared, ...peers }[name];

async function prepare() {
  if (!contender) throw new Error(`unknown contender "${name}"`);
  const steps = await prepareBench(contender, `/feeds/${params.get('n')}.json`);
  let pending = null;
  window.bench = {
    ...steps,
    options: JSON.parse(JSON.stringify(contender.options)),
    ranks: (limit) => contender.ranks(limit),

    /**
     * Finds the sort control of `column`'s header and returns the point to click. From the
     * pointerdown there (its event time), `sorted()` waits for the frame that shows other first
     * rows, all of them with data, painted.
     */
    armSort(column) {
      const target = contender.sortTarget(column);
      if (!target) throw new Error(`no sort control in the ${column} header`);
      const before = contender.ranks(5).join();
      pending = new Promise((resolve, reject) => {
        const down = (event) => {
          const start = event.timeStamp;
          const hit = event.composedPath().includes(target);
          const changed = () => {
            const now = contender.ranks(5);
            return now.length > 0 && now.every((rank) => rank !== null) && now.join() !== before;
          };
          paintedWhen(changed).then((end) => resolve({ ms: end - start, hit, first: contender.ranks(10) }), reject);
        };
        addEventListener('pointerdown', down, { capture: true, once: true });
      });
      const rect = target.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    sorted: () => pending,
  };
}

/** Resolves when `window.bench` is ready (bench/page.js awaits it as `window.benchReady`). */
export const ready = prepare();
