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
  plugins: [demoAtRoot, minifyTemplates],
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
        // Languages and the sanitizer keep their names; what the element files share is "shared".
        chunkFileNames: ({ name }) => `soundtrack-widgets-${/^([a-z]{2}|purify.*)$/.test(name) ? '[name]' : 'shared'}-[hash].js`,
      },
    },
  },
});
