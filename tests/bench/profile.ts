/**
 * Kvitter's share of a page's main thread, from V8's sampling profiler (CDP `Profiler`), for the
 * benchmarks. The profiler samples the page's renderer thread every `interval` µs and records the
 * JavaScript stack of each sample; this module sorts the samples:
 *  - a sample is Kvitter's when any frame of its stack belongs to one of Kvitter's scripts (by URL,
 *    see `extensionScripts`): its own code and the browser functions it calls (querySelectorAll,
 *    getBoundingClientRect, the layout that forces), and page code run inside a Kvitter call;
 *  - the page's JavaScript time is every sample with a JavaScript stack (the page's scripts,
 *    Kvitter's, the benchmark's own evaluations). `(idle)` is not JavaScript: the thread waited.
 *    `(program)` is not either: the browser's own work outside JavaScript (style, layout and paint
 *    between scripts, task scheduling, parsing). `(garbage collector)` has no stack to blame, so
 *    it is counted on its own and in no one's JavaScript time; Kvitter's garbage is in it, unnamed;
 *  - a sample's time is the gap to the next sample (as Chrome's DevTools counts it), the profile's
 *    `timeDeltas`; the last one runs to the profile's end;
 *  - Kvitter's longest stretch is the longest run of consecutive Kvitter samples, garbage
 *    collection in the middle of one included (the collector ran inside Kvitter's call): how long
 *    Kvitter held the thread at once, give or take one sampling interval.
 * Not seen: work the browser does for Kvitter outside any of its calls, such as queuing mutation
 * records for its observer while the page's own script changes the DOM, or a style recalculation
 * its changes leave for the next frame. Those land in the page's time; a side-by-side run without
 * Kvitter shows them as a difference in the page's JavaScript time.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** What `Profiler.stop` returns (CDP's Profiler.Profile), as far as this module reads it. */
export type CpuProfile = {
  nodes: ProfileNode[];
  /** µs, on the renderer's monotonic clock. */
  startTime: number;
  endTime: number;
  samples?: number[];
  /** µs from the previous sample (the first: from `startTime`). */
  timeDeltas?: number[];
};
type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};

/** The profiler's interval the benchmarks use, in µs; on a busy machine samples come less often. */
export const samplingIntervalUs = 100;

/**
 * Kvitter's scripts: any chrome-extension:// URL. The benchmarks load no other extension, and the
 * analysis engine may be imported through a per-session dynamic URL (use_dynamic_url in the
 * manifest) whose host is not the extension's id.
 */
export const extensionScripts = (url: string) => url.startsWith('chrome-extension://');

export type Profiler = { cdp: CDPSession; stop: () => Promise<CpuProfile> };

/**
 * Starts V8's sampling profiler in the page's renderer. It samples the whole thread: the page's
 * world, the content script's isolated world, and any later document of the same site in the tab.
 */
export async function startProfiler(page: Page, intervalUs = samplingIntervalUs): Promise<Profiler> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // The interval must be set before start; it applies to the next profile.
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return {
    cdp,
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      return profile;
    },
  };
}

/** Time a script of Kvitter's was on the stack, by its innermost Kvitter function. */
export type FunctionTime = {
  functionName: string;
  url: string;
  /** 0-based, as V8 gives them: where the function is defined in its (built) script. */
  line: number;
  column: number;
  ms: number;
  /** Of `ms`, the time in browser functions it called (by name), e.g. querySelectorAll. */
  callees: Map<string, number>;
};

export type Attribution = {
  /** Wall time the samples cover. */
  spanMs: number;
  samples: number;
  idleMs: number;
  programMs: number;
  gcMs: number;
  /** Samples with a JavaScript stack, Kvitter's included. */
  jsMs: number;
  kvitterMs: number;
  /** Kvitter's time over the page's JavaScript time (0 when there was none). */
  kvitterShare: number;
  longestStretchMs: number;
  /** How many separate stretches of Kvitter samples: roughly, how many of its callbacks were caught. */
  stretches: number;
  /** Kvitter's time by its innermost function on the stack, most first. */
  functions: FunctionTime[];
};

type NodeKind = 'idle' | 'program' | 'gc' | 'js';
type NodeInfo = { kind: NodeKind; ours: ProfileNode | null; leaf: string };

const specialKinds: Record<string, NodeKind> = {
  '(idle)': 'idle',
  '(program)': 'program',
  '(root)': 'program',
  '(garbage collector)': 'gc',
};

/** Each node's kind, innermost Kvitter frame and leaf name, from its stack (node and ancestors). */
function classify(profile: CpuProfile, isOurs: (url: string) => boolean): Map<number, NodeInfo> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const info = new Map<number, NodeInfo>();
  const infoOf = (id: number): NodeInfo => {
    const known = info.get(id);
    if (known) return known;
    const node = byId.get(id);
    if (!node) throw new Error(`The profile has no node ${id}`);
    const up = parent.get(id);
    const above = up === undefined ? null : infoOf(up);
    const { functionName, url } = node.callFrame;
    const kind = specialKinds[functionName] ?? 'js';
    const ours = kind === 'js' && isOurs(url) ? node : (above?.ours ?? null);
    const result = { kind, ours, leaf: functionName || '(anonymous)' };
    info.set(id, result);
    return result;
  };
  for (const node of profile.nodes) infoOf(node.id);
  return info;
}

/** Each sample's node, start time and duration (µs, on the profile's clock), in time order. */
export function samplesOf(profile: CpuProfile): Array<{ node: number; at: number; duration: number }> {
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let at = profile.startTime;
  const samples = ids.map((node, i) => {
    at += deltas[i] ?? 0;
    return { node, at, duration: 0 };
  });
  // V8 may record a sample slightly out of order; the durations need them sorted.
  samples.sort((a, b) => a.at - b.at);
  samples.forEach((sample, i) => {
    const next = samples[i + 1]?.at ?? Math.max(profile.endTime, sample.at);
    sample.duration = next - sample.at;
  });
  return samples;
}

/**
 * Sorts a profile's samples (see the top of this file); `from` and `to` (µs, the profile's clock)
 * keep only the samples taken in between.
 */
export function attribute(
  profile: CpuProfile,
  options: { isOurs?: (url: string) => boolean; from?: number; to?: number } = {},
): Attribution {
  const info = classify(profile, options.isOurs ?? extensionScripts);
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const totals: Record<NodeKind, number> = { idle: 0, program: 0, gc: 0, js: 0 };
  let kvitter = 0;
  let samples = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let stretch = 0;
  let pendingGc = 0;
  let longest = 0;
  let stretches = 0;
  // One entry per function, wherever it appears in the tree of stacks.
  const functions = new Map<string, FunctionTime>();
  for (const sample of samplesOf(profile)) {
    if (sample.at < from || sample.at >= to) continue;
    const node = info.get(sample.node);
    if (!node) continue;
    samples += 1;
    first = Math.min(first, sample.at);
    last = Math.max(last, sample.at + sample.duration);
    totals[node.kind] += sample.duration;
    if (node.ours) {
      kvitter += sample.duration;
      if (stretch === 0) stretches += 1;
      stretch += pendingGc + sample.duration;
      pendingGc = 0;
      longest = Math.max(longest, stretch);
      const { functionName, url, lineNumber, columnNumber } = node.ours.callFrame;
      const key = `${url}:${lineNumber}:${columnNumber}:${functionName}`;
      const entry = functions.get(key) ?? {
        functionName: functionName || '(anonymous)',
        url,
        line: lineNumber,
        column: columnNumber,
        ms: 0,
        callees: new Map<string, number>(),
      };
      entry.ms += sample.duration / 1000;
      if (node.ours.id !== sample.node) {
        entry.callees.set(node.leaf, (entry.callees.get(node.leaf) ?? 0) + sample.duration / 1000);
      }
      functions.set(key, entry);
    } else if (node.kind === 'gc' && stretch > 0) {
      pendingGc += sample.duration;
    } else {
      stretch = 0;
      pendingGc = 0;
    }
  }
  const ms = (us: number) => us / 1000;
  return {
    spanMs: samples > 0 ? ms(last - first) : 0,
    samples,
    idleMs: ms(totals.idle),
    programMs: ms(totals.program),
    gcMs: ms(totals.gc),
    jsMs: ms(totals.js),
    kvitterMs: ms(kvitter),
    kvitterShare: totals.js > 0 ? kvitter / totals.js : 0,
    longestStretchMs: ms(longest),
    stretches,
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
  };
}

/**
 * Kvitter's time (ms) in each of the windows between consecutive `edges` (µs, the profile's
 * clock, ascending): window i is [edges[i], edges[i + 1]). One pass over the samples.
 */
export function kvitterPerWindow(
  profile: CpuProfile,
  edges: number[],
  isOurs: (url: string) => boolean = extensionScripts,
): number[] {
  const info = classify(profile, isOurs);
  const times = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  let window = 0;
  for (const sample of samplesOf(profile)) {
    while (window < times.length && sample.at >= (edges[window + 1] as number)) window += 1;
    if (window >= times.length) break;
    if (sample.at < (edges[window] as number)) continue;
    if (info.get(sample.node)?.ours) times[window] = (times[window] as number) + sample.duration / 1000;
  }
  return times;
}

/** A moment marked on the page's clock (performance.now(), ms) that can be found in a profile. */
export type ClockMark = { from: number; to: number };

const markName = 'kvitterBenchClockMark';

/**
 * Keeps the page's thread busy for `ms` in a function of a known name, while the profiler runs:
 * `clockOf` then finds it in the profile and maps the page's performance.now() onto the
 * profile's clock (both count from the same monotonic clock, with different origins).
 */
export async function markClock(page: Page, ms = 3): Promise<ClockMark> {
  // Sent as text so the function keeps its name (tsx would wrap a function sent from here).
  return page.evaluate(`(() => {
    function ${markName}(until) { while (performance.now() < until) {} }
    const from = performance.now();
    ${markName}(from + ${ms});
    return { from, to: performance.now() };
  })()`);
}

/** Turns the page's performance.now() (ms) into the profile's clock (µs), from a `markClock` mark. */
export function clockOf(profile: CpuProfile, mark: ClockMark): (pageMs: number) => number {
  const marked = new Set(profile.nodes.filter((n) => n.callFrame.functionName === markName).map((n) => n.id));
  const inMark = samplesOf(profile).filter((sample) => marked.has(sample.node));
  const first = inMark[0];
  const last = inMark.at(-1);
  if (!first || !last) throw new Error('The clock mark is not in the profile: was the profiler running?');
  const offset = (first.at + last.at + last.duration) / 2 - ((mark.from + mark.to) / 2) * 1000;
  return (pageMs) => pageMs * 1000 + offset;
}

/**
 * Records every long task (> 50 ms) of each page's main thread from before its first script, in
 * `window.kvitterBenchLongTasks` as [startTime, duration] on the page's clock.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `
      window.kvitterBenchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.kvitterBenchLongTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
    `,
  });
}

/** The durations (ms) of the long tasks that started between `from` and `to` (page clock, ms). */
export async function longTasks(page: Page, from = 0, to = Number.POSITIVE_INFINITY): Promise<number[]> {
  const all = await page.evaluate<Array<[number, number]>>('window.kvitterBenchLongTasks ?? []');
  return all.filter(([start]) => start >= from && start < to).map(([, duration]) => duration);
}
