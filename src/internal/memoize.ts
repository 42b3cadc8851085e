/** Keeps the last result of `compute` until one of its arguments changes (by identity). */
export function memoize<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args) => {
    if (!lastArgs || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}
