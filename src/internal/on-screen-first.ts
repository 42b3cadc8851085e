/** Rows beyond each edge of the screen that are written with the ones on it. */
const MARGIN = 4;

/**
 * What a re-ordered list of rows keyed by their place writes now: the new items of the rows on
 * screen (and a few beyond), and for every other row the item it already shows, so that its DOM
 * stays as it is until a later render writes it. A sort of 100 rich rows then costs the reader
 * the style, layout and paint of the rows they see. `rows` gives the rendered rows, top to bottom,
 * showing `shown`; they are measured only when the order changed. `deferred` says whether some
 * row still shows an old item.
 */
export function onScreenFirst(
  next: readonly number[],
  shown: readonly number[],
  rows: () => readonly Element[],
): { positions: readonly number[]; deferred: boolean } {
  const unchanged = { positions: next, deferred: false };
  if (next.length !== shown.length || next.every((position, i) => shown[i] === position)) return unchanged;
  const rendered = rows();
  if (rendered.length !== shown.length) return unchanged;
  let first = rendered.length;
  let last = -1;
  for (let i = 0; i < rendered.length; i++) {
    const { top, bottom } = rendered[i].getBoundingClientRect();
    if (top > innerHeight) break;
    if (bottom < 0) continue;
    first = Math.min(first, i);
    last = i;
  }
  let deferred = false;
  const positions = next.map((position, i) => {
    if ((i >= first - MARGIN && i <= last + MARGIN) || shown[i] === position) return position;
    deferred = true;
    return shown[i];
  });
  return { positions, deferred };
}
