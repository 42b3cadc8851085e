import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { countReporter } from './test/support/count-reporter.mjs';
import { testServer } from './test/support/test-server.mjs';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/browser.mjs';

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a background tab gets no animation frames or resize observations.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // gc() and precise performance.memory for the heap figure of the lifecycle test.
        args: [...CHROMIUM_ARGS, '--disable-quic', '--headless=new', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  middleware: [testServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  reporters: [defaultReporter(), countReporter()],
};
