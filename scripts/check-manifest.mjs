// Regenerates custom-elements.json in a temporary folder and fails when the committed one differs.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory, so the scratch copy lives in node_modules.
const outdir = join('node_modules', '.cache', 'cem-check');
const { status } = spawnSync(join('node_modules', '.bin', 'cem'), ['analyze', '--outdir', outdir], { stdio: ['ignore', 'ignore', 'inherit'] });
if (status !== 0) process.exit(status ?? 1);
const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
rmSync(outdir, { recursive: true, force: true });
let committed = '';
try {
  committed = readFileSync('custom-elements.json', 'utf8');
} catch {
  // Missing counts as stale.
}
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json matches the sources.');
