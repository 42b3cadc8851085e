// `serveBuiltDemo` (browser.mjs) on a thread of its own, for scripts that do heavy work of their
// own while a page loads: Lighthouse processes the page's trace as it arrives, and a server on the
// same event loop then answers late, which Lighthouse counts as the server's response time.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { serveBuiltDemo } from './browser.mjs';

if (!isMainThread) {
  const { origin } = await serveBuiltDemo();
  parentPort.postMessage(origin);
}

/** The built demo served from a worker thread: resolves to its `origin` and a `close()`. */
export function serveBuiltDemoInWorker() {
  const worker = new Worker(new URL(import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', (origin) => resolve({ origin, close: () => worker.terminate() }));
    worker.once('error', reject);
  });
}
