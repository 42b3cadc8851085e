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

function run(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // After a frame: a task posted from requestAnimationFrame runs once the frame is painted. A
  // hidden page paints none (one hidden while a turn waits goes on when it is shown again).
  if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(run));
  else setTimeout(run);
}

/** Resolves in a turn of its own: after a frame, once the callbacks that asked before have had theirs. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}
