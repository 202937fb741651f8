/**
 * Kvitter's own main-thread time on the page, for the keystroke benchmark. Off unless the page's
 * root carries `data-kvitter-meter`; then the running total (ms) is published on
 * `data-kvitter-busy` and the longest single callback on `data-kvitter-longest`.
 */
let busy = 0;
let longest = 0;

/** Runs `work`, adding its duration to the meter when the benchmark asked for one. */
export function metered<T>(work: () => T): T {
  const root = document.documentElement;
  if (!root.hasAttribute('data-kvitter-meter')) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    const spent = performance.now() - start;
    busy += spent;
    longest = Math.max(longest, spent);
    root.dataset.kvitterBusy = busy.toFixed(4);
    root.dataset.kvitterLongest = longest.toFixed(4);
  }
}
