// `npm test`: every check a change must pass, in order, stopping at nothing so one run reports all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const countsFile = join(mkdtempSync(join(tmpdir(), 'st-test-')), 'counts.json');

const steps = [
  ['manifest is fresh', 'node', ['scripts/check-manifest.mjs']],
  ['type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['JSON Schema matches the feed layer', 'node', ['scripts/build-schema.mjs', '--check']],
  ['demo feeds match the JSON Schema', 'node', ['scripts/check-feeds.mjs']],
  ['unit tests in Chromium', bin('web-test-runner'), [], { WTR_COUNTS_FILE: countsFile }],
  ['npm build', bin('tsc'), ['-p', 'tsconfig.build.json']],
  ['render command (npx soundtrack-widgets render) in Node', 'node', ['scripts/check-render-cli.mjs']],
  ['script-tag build', 'node', ['scripts/build-cdn.mjs', '--quiet']],
  ['bundle size', 'node', ['scripts/check-size.mjs']],
  ['script-tag bundle on a page (loaded twice, strict CSP)', 'node', ['scripts/check-bundle.mjs']],
  ['demo articles without JavaScript show their data (static fallback, JSON-LD, axe)', 'node', ['scripts/check-no-js.mjs']],
  ['no layout shift as the static fallbacks upgrade (CLS at most 0.01)', 'node', ['scripts/measure-fallback-cls.mjs']],
  ['demo pages pass axe (1280 and 360 px, light and dark)', 'node', ['scripts/check-demo-a11y.mjs']],
];
if (existsSync('.storybook')) {
  steps.push(['storybook build', bin('storybook'), ['build', '--quiet', '--loglevel', 'warn', '-o', 'storybook-static']]);
  steps.push(['every story renders', 'node', ['scripts/check-stories.mjs']]);
}

const failed = [];
for (const [name, command, args, env] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? '✔' : '✘'} ${name} (${seconds} s)`);
  if (status !== 0) failed.push(name);
}

const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
rmSync(countsFile, { force: true });
console.log(`\nsteps: ${steps.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
