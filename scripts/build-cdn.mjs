// `npm run build:cdn`: the script-tag files in dist/, one `vite build` each (options in
// vite.config.ts), so that each file holds everything it needs and a page loads one file per
// element kind, not a web of shared chunks:
// - soundtrack-widgets.js, the loader a publisher's snippet names;
// - one file per element, which the loader fetches for a page with one kind of element;
// - all-elements.js, which it fetches for a page with several kinds.
// The languages, the sanitizers, the structured data and the CSV download stay files of their own,
// fetched on demand.
// The theme presets (src/themes/*.css) are copied to dist/themes/ as they are.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export const SCRIPT_FILES = {
  'soundtrack-widgets': 'src/script-tag.ts',
  'soundtrack-chart': 'src/elements/soundtrack-chart/define.ts',
  'soundtrack-card': 'src/elements/soundtrack-card/define.ts',
  'soundtrack-card-grid': 'src/elements/soundtrack-card-grid/define.ts',
  'better-than-movie-list': 'src/elements/better-than-movie-list/define.ts',
  'all-elements': 'src/define.ts',
};

/** Builds one script-tag file (a key of SCRIPT_FILES) into `outDir`, with vite.config.ts's options. */
export async function buildScriptFile(name, { outDir = 'dist', minify = true, logLevel = 'warn' } = {}) {
  await build({
    logLevel,
    build: {
      outDir,
      lib: { entry: { [name]: SCRIPT_FILES[name] }, formats: ['es'], fileName: () => `${name}.js` },
      ...(minify ? {} : { rolldownOptions: { output: { minify: false } } }),
    },
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outDir = 'dist';
  // Chunk names change with their content: the files an earlier build wrote go first (the npm
  // build in dist/npm stays).
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (/\.js(\.map)?$/.test(file)) rmSync(join(outDir, file));
  const logLevel = process.argv.includes('--quiet') ? 'warn' : 'info';
  for (const name of Object.keys(SCRIPT_FILES)) await buildScriptFile(name, { outDir, logLevel });
  copyFileSync('src/soundtrack-widgets.css', join(outDir, 'soundtrack-widgets.css'));
  mkdirSync(join(outDir, 'themes'), { recursive: true });
  for (const file of readdirSync('src/themes')) copyFileSync(join('src/themes', file), join(outDir, 'themes', file));
}
