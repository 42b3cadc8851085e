// Reports the size of each budgeted file and fails when one is over its gzipped budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let over = false;
for (const [file, { gzip: budget }] of Object.entries(budgets)) {
  const source = readFileSync(file);
  const gzipped = gzipSync(source, { level: 9 }).length;
  const ok = gzipped <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${kb(source.length)} raw, ${kb(gzipped)} gzipped (budget ${kb(budget)}, ${Math.round((gzipped / budget) * 100)}%)`);
}
process.exit(over ? 1 : 0);
