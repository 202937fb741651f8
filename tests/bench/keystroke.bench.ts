/**
 * Keystroke benchmark (`npm run bench:e2e`, after a build): types into the real Draft.js fixture at
 * x.com/home, key by key, once with Kvitter loaded and once without, and prints
 *  - keystroke → side panel showing the new report (median, p95), Kvitter only;
 *  - keystroke → the page's next frame done, both runs (what typing feels like);
 *  - Kvitter's own main-thread time per keystroke (V8's sampling profiler of the page: samples with
 *    a frame of Kvitter's scripts, see profile.ts), with the side panel open (it competes for the
 *    machine's cores) and with it closed;
 *  - long tasks (> 50 ms) on the page's main thread, both runs: while the page loads (observed
 *    from before its first script, so the content script's start is in it) and while typing;
 *  - Kvitter's main-thread time from the page's load until the user clicks into the box, and what
 *    that click costs: the analysis engine loads then (lib/x/engine.ts), timed to its readiness;
 *  - Kvitter's longest stretch on the main thread at load, while the engine loads and while typing;
 *  - the content script's and the engine's sizes, gzipped.
 * Not a test: figures vary by machine; the targets are printed beside them. The profiler runs in
 * every run, Kvitter's or not, so its own cost weighs on both sides of each comparison. The
 * fixture is served cross-origin isolated, so performance.now() ticks in 5 µs steps instead of 100 µs.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFixtures } from '../e2e/build-fixtures';
import { extensionDir, launchKvitter } from '../e2e/harness';
import { contentScriptWorld, valueInWorld } from '../e2e/x-helpers';
import {
  type Attribution,
  attribute,
  clockOf,
  kvitterPerWindow,
  longTasks,
  markClock,
  recordLongTasks,
  startProfiler,
} from './profile';
import { costliestLines } from './source-names';

const keystrokes = Number(process.env.KVITTER_BENCH_KEYS ?? 320);
// Plain ASCII letters and spaces: X weighs each as 1, so the panel's count reads exactly n after n keys.
const source = 'Kvitter hjelper deg med aa skrive gode innlegg paa X om nettverk og strategi ';
const text = Array.from({ length: keystrokes }, (_, i) => source[i % source.length]).join('');

/** tsx names functions with an `__name` helper; functions sent to the browser need it there too. */
const keepNames = 'window.__name = (f) => f';

/**
 * Run in the content script's world before the click: `benchEngineReady` resolves to the
 * performance.now() at which the engine's analysis is ready (lib/x/analyzer.ts publishes it).
 */
const whenEngineReady = `void (globalThis.benchEngineReady = new Promise((resolve, reject) => {
  const ready = (promise) => promise.then(() => resolve(performance.now()), reject);
  if (globalThis.kvitterAnalyzer) return ready(globalThis.kvitterAnalyzer);
  Object.defineProperty(globalThis, 'kvitterAnalyzer', {
    configurable: true,
    set(value) {
      Object.defineProperty(globalThis, 'kvitterAnalyzer', { value, writable: true, configurable: true });
      ready(value);
    },
  });
  setTimeout(() => reject(new Error('The engine never loaded')), 10000);
}))`;

type Run = {
  toPanel: number[];
  toFrame: number[];
  /** Kvitter's main-thread time in each keystroke's window (from its keydown to the next one's). */
  kvitterMs: number[];
  /** Long tasks from the page's start until the click, from the click until typing, and while typing (ms). */
  loadLongTasks: number[];
  engineLongTasks: number[];
  longTasks: number[];
  /** The profile from the page's load until the click, from the click until the engine is ready, and while typing. */
  atLoad: Attribution;
  engine: Attribution;
  typing: Attribution;
  /** From the click into the box until the engine is ready, wall time. */
  engineReadyMs: number;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};
const durations = (values: number[]) =>
  values.length ? values.map((ms) => `${ms.toFixed(0)} ms`).join(', ') : 'none';
const fmt = (values: number[]) =>
  values.length
    ? `median ${percentile(values, 50).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms`
    : 'n/a';

/**
 * Opens x.com/home with V8's profiler already running in the tab: the tab first shows another
 * x.com page (no fixture: a 404), the profiler starts there, and the tab then goes to /home. Same
 * site, same renderer, so the profile holds the page's load and the content script's start.
 */
async function openProfiled(kvitter: Awaited<ReturnType<typeof launchKvitter>>) {
  const page = await kvitter.openX('https://x.com/i/kvitter-bench-start');
  // The content script starts on that page too: let it settle before the profile begins.
  await page.waitForTimeout(1000);
  const profiler = await startProfiler(page);
  await page.goto('https://x.com/home');
  return { page, profiler };
}

async function run(withKvitter: boolean, withPanel = withKvitter): Promise<Run> {
  const kvitter = await launchKvitter({ extension: withKvitter, crossOriginIsolated: true });
  try {
    await recordLongTasks(kvitter.context);
    const { page, profiler } = await openProfiled(kvitter);
    const editor = page.locator('[data-testid="tweetTextarea_0"]');
    await editor.waitFor();
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('The fixture is not isolated');
    await page.evaluate(keepNames);
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const frames: number[] = [];
      w.benchFrames = frames;
      // Keydown to the end of the frame that shows the keystroke: rAF, then the task after it.
      document.addEventListener(
        'keydown',
        () => {
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => frames.push(performance.now() - start)));
        },
        true,
      );
      const keys: number[] = [];
      w.benchKeys = keys;
      document.addEventListener('keydown', () => keys.push(performance.now()), true);
    });

    let panel = null;
    if (withPanel) {
      panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
      await panel.evaluate(keepNames);
      await panel.evaluate(() => {
        const seen = new Map<number, number>();
        const waiting = new Map<number, () => void>();
        const w = window as unknown as Record<string, unknown>;
        w.benchSeen = seen;
        // Resolves once the panel shows length n. Waiting on the panel's own observer, not by
        // polling it: a poll every few ms would compete with the page for the machine's cores.
        w.benchShown = (n: number) =>
          new Promise<void>((resolve, reject) => {
            if (seen.has(n)) return resolve();
            waiting.set(n, resolve);
            setTimeout(() => reject(new Error(`The panel never showed length ${n}`)), 5000);
          });
        const note = () => {
          const value = document
            .querySelector('[data-composer-id="home:0"] [data-weighted-length]')
            ?.getAttribute('data-weighted-length');
          const n = Number(value);
          if (value && !seen.has(n)) {
            seen.set(n, performance.timeOrigin + performance.now());
            waiting.get(n)?.();
            waiting.delete(n);
          }
        };
        new MutationObserver(note).observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-weighted-length'],
        });
      });
      await page.bringToFront();
    }

    // The engine's readiness is read in the content script's world, off the page's DOM.
    const world = withKvitter ? await contentScriptWorld(page, kvitter.extensionId) : null;
    // The page has loaded and sits there, as when someone reads the timeline.
    await page.waitForTimeout(1000);
    // Notes when the engine's published promise resolves, without polling the page's thread.
    if (world) await valueInWorld(world, whenEngineReady);
    const mark = await markClock(page);
    const clickFrom = await page.evaluate(() => performance.now());
    await editor.click();
    // The click asks for the engine; the world and the page share one clock.
    const engineReadyAt = world
      ? await valueInWorld<number>(world, 'globalThis.benchEngineReady')
      : Number.NaN;
    const typingFrom = await page.evaluate(() => performance.now());
    for (const [i, key] of [...text].entries()) {
      await page.keyboard.type(key);
      if (panel) {
        await panel.evaluate(
          (n) =>
            ((window as unknown as Record<string, unknown>).benchShown as (n: number) => Promise<void>)(n),
          i + 1,
        );
      }
      // Let the page finish the frame (and Kvitter its work) before the next key, as a typist would.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5))),
      );
    }
    const typingTo = await page.evaluate(() => performance.now());
    const profile = await profiler.stop();

    const typed = await page.evaluate(() => window.fixture.draftText());
    if (typed !== text) throw new Error('The draft differs from what was typed');
    const pageData = await page.evaluate(() => {
      const w = window as unknown as Record<string, number[]>;
      return { keys: w.benchKeys ?? [], frames: w.benchFrames ?? [], timeOrigin: performance.timeOrigin };
    });
    const toPanel: number[] = [];
    if (panel) {
      const seen = await panel.evaluate(() => [
        ...((window as unknown as Record<string, unknown>).benchSeen as Map<number, number>).entries(),
      ]);
      const shown = new Map(seen);
      pageData.keys.forEach((at, i) => {
        const time = shown.get(i + 1);
        if (time !== undefined) toPanel.push(time - (pageData.timeOrigin + at));
      });
    }
    const clock = clockOf(profile, mark);
    const engineEnd = world ? engineReadyAt : typingFrom;
    return {
      toPanel,
      toFrame: pageData.frames,
      kvitterMs: withKvitter ? kvitterPerWindow(profile, [...pageData.keys, typingTo].map(clock)) : [],
      loadLongTasks: await longTasks(page, 0, clickFrom),
      engineLongTasks: await longTasks(page, clickFrom, typingFrom),
      longTasks: await longTasks(page, typingFrom),
      atLoad: attribute(profile, { to: clock(clickFrom) }),
      engine: attribute(profile, { from: clock(clickFrom), to: clock(engineEnd) }),
      typing: attribute(profile, { from: clock(typingFrom), to: clock(typingTo) }),
      engineReadyMs: engineReadyAt - clickFrom,
    };
  } finally {
    await kvitter.close();
  }
}

async function main(): Promise<void> {
  await buildFixtures();
  const script = readFileSync(join(extensionDir, 'content-scripts/x.js'));
  const engine = readFileSync(join(extensionDir, 'engine.js'));
  const size = (file: Buffer) =>
    `${(file.length / 1024).toFixed(1)} KB, ${(gzipSync(file).length / 1024).toFixed(1)} KB gzipped`;
  const both = (of: (run: Run) => number) =>
    `${of(withKvitter).toFixed(2)} / ${of(panelClosed).toFixed(2)} ms`;
  // Per keystroke: each key's window, and the whole typing time over the keys (the mean).
  const perKey = (r: Run) => `${fmt(r.kvitterMs)}, mean ${(r.typing.kvitterMs / keystrokes).toFixed(2)} ms`;
  const without = await run(false);
  const withKvitter = await run(true);
  const panelClosed = await run(true, false);
  const rows: Array<[string, string, string, string]> = [
    ['keystroke → side panel shows the report', fmt(withKvitter.toPanel), 'n/a', 'p95 ≤ 16 ms'],
    ['keystroke → page frame done', fmt(withKvitter.toFrame), fmt(without.toFrame), '(comparison)'],
    ['Kvitter main-thread time per keystroke, side panel open', perKey(withKvitter), 'n/a', 'p95 ≤ 1 ms'],
    ['Kvitter main-thread time per keystroke, side panel closed', perKey(panelClosed), 'n/a', 'p95 ≤ 1 ms'],
    [
      'page JavaScript time per keystroke (Kvitter included), panel closed',
      `${(panelClosed.typing.jsMs / keystrokes).toFixed(2)} ms`,
      `${(without.typing.jsMs / keystrokes).toFixed(2)} ms`,
      '(comparison)',
    ],
    [
      'Kvitter main-thread time, page load until the click (panel open / closed pass)',
      both((r) => r.atLoad.kvitterMs),
      'n/a',
      '(comparison)',
    ],
    [
      'click into the box → engine ready, wall time (panel open / closed pass)',
      both((r) => r.engineReadyMs),
      'n/a',
      '(comparison)',
    ],
    [
      'Kvitter main-thread time loading the engine (panel open / closed pass)',
      both((r) => r.engine.kvitterMs),
      'n/a',
      '(comparison)',
    ],
    [
      'Kvitter longest stretch on the main thread: page load / engine load / typing',
      [(r: Run) => r.atLoad, (r: Run) => r.engine, (r: Run) => r.typing]
        .map(
          (of) =>
            `${Math.max(of(withKvitter).longestStretchMs, of(panelClosed).longestStretchMs).toFixed(2)} ms`,
        )
        .join(' / '),
      'n/a',
      '< 50 ms (no long task)',
    ],
    [
      'long tasks (> 50 ms) while the page loads, each',
      `${durations(withKvitter.loadLongTasks)} (panel open pass), ${durations(panelClosed.loadLongTasks)} (closed)`,
      durations(without.loadLongTasks),
      'none caused by Kvitter',
    ],
    [
      'long tasks (> 50 ms) from the click until typing, each',
      `${durations(withKvitter.engineLongTasks)} (panel open pass), ${durations(panelClosed.engineLongTasks)} (closed)`,
      durations(without.engineLongTasks),
      'none caused by Kvitter',
    ],
    [
      'long tasks (> 50 ms) while typing',
      `${withKvitter.longTasks.length} (panel open), ${panelClosed.longTasks.length} (closed)`,
      `${without.longTasks.length}`,
      'none caused by Kvitter',
    ],
    ['content script size (every x.com page)', size(script), '', '≤ 40 KB gzipped'],
    ['analysis engine size (loaded when someone writes)', size(engine), '', '(comparison)'],
  ];
  console.log(`\nKvitter keystroke benchmark: ${keystrokes} keystrokes on the Draft.js fixture (x.com/home)`);
  // Times are wall-clock: on a busy machine they include time the page's thread waited for a core.
  const load = loadavg().map((n) => n.toFixed(1));
  console.log(`machine: ${cpus().length} cores, load average ${load.join(' ')} (1, 5, 15 min)`);
  console.log(
    "Kvitter's time: V8 profile samples (100 µs) whose stack holds a frame of its scripts (tests/bench/profile.ts).\n",
  );
  console.log(['measure', 'with Kvitter', 'without Kvitter', 'target'].join(' | '));
  console.log('--- | --- | --- | ---');
  for (const row of rows) console.log(row.join(' | '));
  for (const [label, r] of [
    ['side panel open', withKvitter],
    ['side panel closed', panelClosed],
  ] as const) {
    console.log(`\nKvitter's costliest functions while typing, ${label} (ms per keystroke)`);
    for (const line of costliestLines(r.typing.functions, keystrokes, extensionDir)) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
