import { defineConfig } from 'vite';

// `npm start` serves the demo pages straight from the sources; `vite build` writes the
// self-contained script-tag bundle. The npm build is plain `tsc` (see tsconfig.build.json).
export default defineConfig({
  server: { open: false, host: '127.0.0.1', port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'soundtrack-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'soundtrack-widgets-[name]-[hash].js',
      },
    },
  },
});
