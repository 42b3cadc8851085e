// The script each kind of page loads from dist/, gzipped, against its budget in size-budget.json:
// the files a page names and every file they import statically, each counted once. Files loaded
// only on demand (another language, the sanitizer, the structured data) are listed apart.
// The bench (bench/peers.mjs) imports `closure` and `gzipped` to weigh what a page with a chart loads.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** The gzipped size (level 9) of a file in `folder` (dist/ unless given). */
export const gzipped = (file, folder = dist) => gzipSync(readFileSync(join(folder, file)), { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'`]\.\/([^"'`]+)["'`]/g;

/** The files of dist/ that a page naming `files` loads: those and every file they import statically. */
export function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, imported] of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) visit(imported);
  };
  files.forEach(visit);
  return seen;
}

/** Each budget of size-budget.json against what its page loads; the exit code says whether one is over. */
function checkBudgets() {
  const budgets = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
  let over = false;
  for (const [page, { files, gzip: budget }] of Object.entries(budgets)) {
    const loaded = closure(files);
    const total = [...loaded].reduce((sum, file) => sum + gzipped(file), 0);
    const ok = total <= budget;
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${page}: ${kb(total)} gzipped in ${loaded.size} files (budget ${kb(budget)}, ${Math.round((total / budget) * 100)}%)`);
  }
  const onDemand = readdirSync(dist).filter((file) => /^soundtrack-widgets-(\w\w|purify.*|structured-data)-[\w-]+\.js$/.test(file));
  console.log(`on demand: ${onDemand.map((file) => `${file.replace(/^soundtrack-widgets-|-[\w-]{8}\.js$/g, '')} ${kb(gzipped(file))}`).join(', ')}`);
  process.exit(over ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) checkBudgets();
