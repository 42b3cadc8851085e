// `npm run build:cdn`: the script-tag files in dist/ (scripts/script-files.mjs), one `vite build`
// each (options in vite.config.ts), so that each file holds everything it needs and a page loads
// one file for its elements, not a web of shared chunks.
// The languages, the sanitizers, the structured data and the CSV download stay files of their own,
// fetched on demand.
// The theme presets (src/themes/*.css) are copied to dist/themes/ as they are.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SCRIPT_FILES } from './script-files.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');

const ENTRY_PREFIX = '\0script-file:';

/**
 * The entry module of an element file: it imports the define modules of its kinds and exports
 * nothing (a page that loads the file uses the tags; importers have the npm build).
 */
const kindsEntry = {
  name: 'kinds-entry',
  resolveId: (id) => (id.startsWith(ENTRY_PREFIX) ? id : null),
  load: (id) =>
    id.startsWith(ENTRY_PREFIX)
      ? SCRIPT_FILES[id.slice(ENTRY_PREFIX.length)].map((kind) => `import ${JSON.stringify(join(root, `src/elements/${kind}/define.ts`))};`).join('\n')
      : null,
};

/** Builds one script-tag file (a key of SCRIPT_FILES) into `outDir`, with vite.config.ts's options. */
export async function buildScriptFile(name, { outDir = 'dist', minify = true, logLevel = 'warn' } = {}) {
  const entry = SCRIPT_FILES[name].length ? `${ENTRY_PREFIX}${name}` : join(root, 'src/script-tag.ts');
  await build({
    logLevel,
    plugins: [kindsEntry],
    build: {
      outDir,
      lib: { entry: { [name]: entry }, formats: ['es'], fileName: () => `${name}.js` },
      // Vite would take a virtual entry for a path: the bundler is given it as it is.
      rolldownOptions: { input: { [name]: entry }, ...(minify ? {} : { output: { minify: false } }) },
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
