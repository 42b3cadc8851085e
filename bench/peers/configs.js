// The contenders of npm run bench:peers: where each comes from and which files a page loads for
// it. Read by bench/peers.mjs (to build, weigh and describe them) and by bench/peers/page.js (to
// load them). The options each is given are in bench/peers/page.js and bench/harness.js, and
// the page reports them (`bench.options`), so that the printed configuration is the one used.

/** Where the bundled peers are written (git-ignored). */
export const PEERS_DIR = 'bench/.peers';

export const CONTENDERS = {
  'soundtrack-chart': { package: null, files: 'dist/soundtrack-widgets.js + what dist/soundtrack-chart.js imports (scripts/check-size.mjs closure)' },
  'plain-table': { package: null, files: [] },
  tabulator: {
    package: 'tabulator-tables',
    files: ['node_modules/tabulator-tables/dist/js/tabulator_esm.min.mjs', 'node_modules/tabulator-tables/dist/css/tabulator.min.css'],
  },
  gridjs: { package: 'gridjs', entry: 'bench/peers/entries/gridjs.js', files: [`${PEERS_DIR}/gridjs/gridjs.js`, `${PEERS_DIR}/gridjs/gridjs.css`] },
  'simple-datatables': {
    package: 'simple-datatables',
    entry: 'bench/peers/entries/simple-datatables.js',
    files: [`${PEERS_DIR}/simple-datatables/simple-datatables.js`, `${PEERS_DIR}/simple-datatables/simple-datatables.css`],
  },
  'vaadin-grid': { package: '@vaadin/grid', entry: 'bench/peers/entries/vaadin-grid.js', files: [`${PEERS_DIR}/vaadin-grid/vaadin-grid.js`] },
};
