// Every script file and style sheet in dist/ (the themes in dist/themes/ too), gzipped, against its
// budget in size-budget.json (a file with no budget fails), and what a page with each set of
// element kinds loads: the loader, the file it fetches for those kinds (scripts/script-files.mjs)
// and every file they import statically, each counted once. Files fetched only on demand (another
// language, the sanitizers, the structured data, the CSV download) have budgets of their own and
// count for no page.
// The bench (bench/peers.mjs) imports `closure` and `gzipped` to weigh what a page with a chart loads.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SCRIPT_FILES } from './script-files.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dist = join(root, 'dist');
/** One file per shipped language in src/translations. */
const languages = readdirSync(join(root, 'src/translations')).map((file) => file.replace(/\.ts$/, ''));
const { files: fileBudgets } = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** The gzipped size (level 9) of a file in `folder` (dist/ unless given). */
export const gzipped = (file, folder = dist) => gzipSync(readFileSync(join(folder, file)), { level: 9 }).length;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'`]\.\/([^"'`]+)["'`]/g;

/** A budget's file pattern as a regular expression: `*` is any name part, `[language]` a shipped language. */
const patternOf = (pattern) =>
  new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('[language]', `(?:${languages.join('|')})`).replace(/\*/g, '[\\w.-]*')}$`);

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

/** Every file against its budget and each kind of page's weight; the exit code says whether one is over. */
function checkBudgets() {
  let over = false;
  const report = (ok, line) => {
    over ||= !ok;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${line}`);
  };

  const shipped = [
    ...readdirSync(dist).filter((name) => /\.(js|css)$/.test(name)),
    ...readdirSync(join(dist, 'themes')).map((name) => `themes/${name}`),
  ];
  for (const file of shipped.sort()) {
    const pattern = Object.keys(fileBudgets).find((candidate) => patternOf(candidate).test(file));
    const size = gzipped(file);
    if (!pattern) report(false, `${file}: ${kb(size)} gzipped has no budget in size-budget.json`);
    else report(size <= fileBudgets[pattern], `${file}: ${kb(size)} gzipped (budget ${kb(fileBudgets[pattern])}, ${Math.round((size / fileBudgets[pattern]) * 100)}%)`);
  }
  for (const [name, kinds] of Object.entries(SCRIPT_FILES)) {
    if (!kinds.length) continue;
    const loaded = closure(['soundtrack-widgets.js', `${name}.js`]);
    const total = [...loaded].reduce((sum, file) => sum + gzipped(file), 0);
    console.log(`     a page with ${kinds.map((kind) => `<${kind}>`).join(', ')}: ${kb(total)} gzipped in ${loaded.size} files`);
  }
  process.exit(over ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) checkBudgets();
