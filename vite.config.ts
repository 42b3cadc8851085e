import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

/** Minifies the CSS and HTML inside Lit's `css` and `html` templates of the script-tag bundle. */
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id)) return null;
    const result = await minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map } : null;
  },
};

/**
 * Removes the script files an earlier build left in the output folder (chunk names change with
 * their content), keeping what else is there (the npm build in dist/npm).
 */
const removeOldScriptFiles: Plugin = {
  name: 'remove-old-script-files',
  apply: 'build',
  configResolved({ root, build }) {
    const outDir = join(root, build.outDir);
    if (!existsSync(outDir)) return;
    for (const file of readdirSync(outDir)) if (/\.js(\.map)?$/.test(file)) rmSync(join(outDir, file));
  },
};

/** The stylesheet a publisher links beside the script (room for the elements before it runs). */
const stylesheetBesideScript: Plugin = {
  name: 'stylesheet-beside-script',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'soundtrack-widgets.css', source: readFileSync('src/soundtrack-widgets.css', 'utf8') });
  },
};

/** `npm start` opens on the demo index rather than an empty root. */
const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.writeHead(302, { Location: '/demo/' });
      response.end();
    });
  },
};

// `npm start` serves the demo pages straight from the sources; `vite build` writes the
// script-tag files into dist/. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
  plugins: [demoAtRoot, minifyTemplates, removeOldScriptFiles, stylesheetBesideScript],
  server: { open: false, host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // The loader a publisher's snippet names, and one file per element beside it (for a page or
    // a framework that names the element it needs); what they share goes in chunks beside them.
    lib: {
      entry: {
        'soundtrack-widgets': 'src/script-tag.ts',
        'soundtrack-chart': 'src/elements/soundtrack-chart/define.ts',
        'soundtrack-card': 'src/elements/soundtrack-card/define.ts',
        'soundtrack-card-grid': 'src/elements/soundtrack-card-grid/define.ts',
        'better-than-movie-list': 'src/elements/better-than-movie-list/define.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        minify: true,
        // Languages, the sanitizer and the structured data keep their names; what the element files share is "shared".
        chunkFileNames: ({ name }) => `soundtrack-widgets-${/^([a-z]{2}|purify.*|structured-data)$/.test(name) ? '[name]' : 'shared'}-[hash].js`,
      },
    },
  },
});
