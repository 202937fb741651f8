/**
 * Kvitter's own main-thread time on the page, for the keystroke benchmark: every callback the
 * content script runs on x.com goes through `metered`; the two spans no callback wraps (the
 * script's first task, modules run by an import) are timed by their callers and added. Two `performance.now()` calls and no DOM
 * access, so it stays on in production; the benchmark reads the totals from the content script's
 * world over the DevTools protocol (`globalThis.kvitterMeter`).
 */
type Meter = { busyMs: number; longestMs: number; calls: number };
// Shared through the world's global: the analysis engine is a bundle of its own (entrypoints/engine)
// with its own copy of this module, and its time belongs on the same meter.
const world = globalThis as { kvitterMeter?: Meter };
world.kvitterMeter ??= { busyMs: 0, longestMs: 0, calls: 0 };
const meter: Meter = world.kvitterMeter;

/**
 * When this module ran. The content script's entry imports it before anything else, so from here
 * to `meterStartUp` is the script's first task: its modules loading and WXT setting up its context.
 */
const loadedAt = performance.now();

/** Adds the script's first task so far, from `loadedAt`, to the meter. */
export function meterStartUp(): void {
  addToMeter(performance.now() - loadedAt);
}

/** Depth of metered calls on the stack: a call inside another is already counted by the outer one. */
let depth = 0;

/** Runs `work`, adding its duration to the meter. */
export function metered<T>(work: () => T): T {
  if (depth > 0) return work();
  depth += 1;
  const start = performance.now();
  try {
    return work();
  } finally {
    depth -= 1;
    addToMeter(performance.now() - start);
  }
}

/** Adds work the caller timed itself: work `metered` cannot wrap, such as modules run by an import. */
export function addToMeter(spent: number): void {
  meter.busyMs += spent;
  meter.calls += 1;
  if (spent > meter.longestMs) meter.longestMs = spent;
}
