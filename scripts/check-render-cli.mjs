// `npx soundtrack-widgets render` in Node, from the npm build (run after it): the markup on a good
// feed, the element's own message and a non-zero exit on a feed it cannot show, usage errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'st-render-'));
const file = (name, text) => (writeFileSync(join(dir, name), text), join(dir, name));
const FEED = 'https://jsonfeed.org/version/1.1';
const malformed = file('malformed.json', `{"version": "${FEED}", "items": [`);
const noValidItem = file('no-id.json', JSON.stringify({ version: FEED, items: [{ title: 'no id' }] }));
const partly = file('partly.json', JSON.stringify({ version: FEED, items: [{ title: 'no id' }, { id: 'a', _soundtrack: { artist: 'Björk', rank: 'first' } }] }));

const cases = [
  { args: ['--help'], status: 0, stdout: 'Usage: soundtrack-widgets render <feed.json> --element <tag>' },
  { args: ['render', malformed, '--element', 'soundtrack-chart'], status: 1, stderr: 'malformed.json is not valid JSON.' },
  { args: ['render', malformed, '--element', 'soundtrack-chart', '--lang', 'de'], status: 1, stderr: 'malformed.json ist kein gültiges JSON.' },
  { args: ['render', join(dir, 'missing.json'), '--element', 'soundtrack-card'], status: 1, stderr: 'missing.json could not be loaded: the server answered 404.' },
  { args: ['render', noValidItem, '--element', 'soundtrack-chart'], status: 1, stderr: 'This chart is empty.' },
  { args: ['render', partly, '--element', 'soundtrack-chart', '--theme', 'dark'], status: 0, stdout: '<soundtrack-chart theme="dark" structured-data>', stderr: 'warning: item 0 skipped: missing id' },
  { args: ['render', partly, '--element', 'soundtrack-chart'], status: 0, stdout: '<th scope="row" class="st-col-artist st-feed-text">Björk</th>', stderr: 'warning: item "a": _soundtrack.rank must be a whole number (left out)' },
  { args: ['render', 'demo/feeds/top-100.json'], status: 2, stderr: '--element is required' },
  { args: ['render', 'demo/feeds/top-100.json', '--element', 'soundtrack-table'], status: 2, stderr: '--element must be one of' },
];

let failed = 0;
for (const { args, status, stdout = '', stderr = '' } of cases) {
  const run = spawnSync('node', ['bin/soundtrack-widgets.mjs', ...args], { encoding: 'utf8' });
  const problems = [
    run.status !== status && `exit ${run.status}, expected ${status}`,
    !run.stdout.includes(stdout) && `stdout lacks ${JSON.stringify(stdout)}`,
    !run.stderr.includes(stderr) && `stderr lacks ${JSON.stringify(stderr)}`,
  ].filter(Boolean);
  const name = `soundtrack-widgets ${args.map((arg) => arg.replace(dir, '…')).join(' ')}`;
  if (problems.length) {
    failed++;
    console.error(`✘ ${name}: ${problems.join('; ')}\n  stderr: ${run.stderr.trim().replace(/\n/g, '\n  ')}`);
  } else console.log(`✔ ${name}`);
}

// The ES export, by the package's own name, as a CMS build step imports it.
const { renderFallback } = await import('soundtrack-widgets/render');
const { html } = await renderFallback({ version: FEED, items: [{ id: 'x', _soundtrack: { film: 'Film', rank: 1 } }] }, { element: 'better-than-movie-list' });
if (html.includes('<ol class="st-list">') && html.includes('<cite>Film</cite>')) console.log("✔ import { renderFallback } from 'soundtrack-widgets/render'");
else {
  failed++;
  console.error(`✘ soundtrack-widgets/render printed no list:\n${html}`);
}

rmSync(dir, { recursive: true, force: true });
console.log(failed ? `render command: ${failed} of ${cases.length + 1} checks failed` : `render command: all ${cases.length + 1} checks pass`);
process.exit(failed ? 1 : 0);
