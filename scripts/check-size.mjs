// The script each kind of page loads from dist/, gzipped, against its budget in size-budget.json:
// the files a page names and every file they import statically, each counted once. Files loaded
// only on demand (another language, the sanitizer, the structured data) are listed apart.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'`]\.\/([^"'`]+)["'`]/g;

function closure(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, imported] of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) visit(imported);
  };
  files.forEach(visit);
  return seen;
}

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
