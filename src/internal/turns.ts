/**
 * Turns on the main thread for work that can wait a frame: the first renders of the elements that
 * upgrade a static fallback, and the later batches of a long first render. One waiting callback
 * runs per turn, each in a task of its own after a frame, so that several elements upgrading at
 * once (or one long chart) never make one long task, and the browser lays out and paints each
 * piece, and answers input, in between.
 *
 * A hidden page paints no frames: there a turn is a plain task.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

/** The longest a turn waits for a frame (a frame that never comes: a page hidden meanwhile). */
const FRAME_TIMEOUT_MS = 100;

function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState !== 'visible') {
    setTimeout(run);
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, FRAME_TIMEOUT_MS);
  // After the frame's rendering: a task posted from requestAnimationFrame runs once it is painted.
  requestAnimationFrame(() => setTimeout(once));
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  afterNextFrame(() => {
    scheduled = false;
    waiting.shift()?.();
    if (waiting.length) schedule();
  });
}

/**
 * Resolves in a turn of its own: after a frame, once the callbacks that asked before have had
 * theirs; with `first`, before them (the rest of work that began in a turn).
 */
export function nextTurn({ first = false } = {}): Promise<void> {
  return new Promise((resolve) => {
    if (first) waiting.unshift(resolve);
    else waiting.push(resolve);
    schedule();
  });
}
