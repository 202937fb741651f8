/**
 * Scroll benchmark (`npm run bench:scroll`, after a build): what Kvitter costs while someone reads
 * x.com. The live home timeline fixture (x.com/home?timeline=live: a Draft.js home box over a
 * virtual timeline of 200 posts and more streaming in, counts and relative times changing several
 * times a second) scrolls by itself (wheel events at a steady speed) while V8's sampling profiler
 * records the page's main thread (profile.ts says exactly what counts as Kvitter's). Each run:
 *  - the page without Kvitter, the long scroll (scroll-pass.ts);
 *  - with Kvitter, reading: empty home box, unfocused, the long scroll;
 *  - with Kvitter, a draft (highlights and a badge) typed into the box, the box unfocused, then
 *    the long scroll, which leaves it out of view;
 *  - the page without Kvitter, the draft typed, the band scroll;
 *  - with Kvitter, the draft on screen: the same, where the box's last lines and badge stay in view.
 * Prints each run, then the medians beside the targets, Kvitter's costliest functions, and the
 * fixture's figures (DOM size, mutation rate, measured in the runs without Kvitter). Not a test:
 * times are wall-clock and include any time the page's thread waited for a core, so the machine's
 * load is printed too.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { buildFixtures } from '../e2e/build-fixtures';
import { chromiumPath, extensionDir, launchKvitter } from '../e2e/harness';
import { recordLongTasks } from './profile';
import { type PassOptions, type PassResult, scrollPass } from './scroll-pass';
import { costliestLines } from './source-names';

const runs = Number(process.env.KVITTER_BENCH_RUNS ?? 3);
const seconds = Number(process.env.KVITTER_BENCH_SECONDS ?? 8);
/** px/s of the long scroll: a steady read down the timeline, a few posts a second. */
const speed = 1000;

type Target = { perSecond?: number; share?: number; stretch?: number };
type PassSpec = PassOptions & {
  label: string;
  extension: boolean;
  /** The pass without Kvitter to compare with. */
  baseline?: string;
  target?: Target;
};

const passes: Record<string, PassSpec> = {
  'base-long': {
    label: 'without Kvitter, long scroll',
    extension: false,
    pattern: 'long',
    draft: false,
    seconds,
    speed,
  },
  reading: {
    label: 'Kvitter, reading: empty box, long scroll',
    extension: true,
    pattern: 'long',
    draft: false,
    seconds,
    speed,
    baseline: 'base-long',
    target: { perSecond: 0.5, share: 0.005, stretch: 4 },
  },
  'draft-away': {
    label: 'Kvitter, draft held, out of view: long scroll',
    extension: true,
    pattern: 'long',
    draft: true,
    seconds,
    speed,
    baseline: 'base-long',
  },
  'base-band': {
    label: 'without Kvitter, band scroll, draft typed',
    extension: false,
    pattern: 'band',
    draft: true,
    seconds,
    speed,
  },
  'draft-on-screen': {
    label: 'Kvitter, draft on screen: band scroll',
    extension: true,
    pattern: 'band',
    draft: true,
    seconds,
    speed,
    baseline: 'base-band',
    target: { perSecond: 2, stretch: 4 },
  },
};

type Results = Map<string, PassResult[]>;

/** Kvitter's passes, those with targets first. */
const kvitterPasses = () =>
  Object.entries(passes)
    .filter(([, spec]) => spec.extension)
    .sort(([, a], [, b]) => Number(!a.target) - Number(!b.target));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const perSecond = (ms: number, r: PassResult) => ms / (r.profile.spanMs / 1000);
const figures = {
  kvitter: (r: PassResult) => perSecond(r.profile.kvitterMs, r),
  share: (r: PassResult) => r.profile.kvitterShare * 100,
  stretch: (r: PassResult) => r.profile.longestStretchMs,
  js: (r: PassResult) => perSecond(r.profile.jsMs, r),
  gc: (r: PassResult) => perSecond(r.profile.gcMs, r),
  longTasks: (r: PassResult) => r.longTasks.length,
  longestTask: (r: PassResult) => Math.max(0, ...r.longTasks),
  mutations: (r: PassResult) => perSecond(r.mutations.records, r),
  texts: (r: PassResult) => perSecond(r.mutations.textChanges, r),
  nodes: (r: PassResult) => perSecond(r.mutations.nodesAdded + r.mutations.nodesRemoved, r),
};
const f = (n: number, digits = 2) => n.toFixed(digits);

function row(cells: Array<string | number>): string {
  return cells.join(' | ');
}

/**
 * One run: a browser with Kvitter and one without, both open, the passes in the order of `passes`
 * (each of Kvitter's right after the run without it that it is compared with), so a change in the
 * machine's load weighs on both sides of a comparison alike.
 */
async function runOnce(results: Results): Promise<void> {
  const without = await launchKvitter({ extension: false, crossOriginIsolated: true });
  const withKvitter = await launchKvitter({ extension: true, crossOriginIsolated: true });
  try {
    for (const browser of [without, withKvitter]) await recordLongTasks(browser.context);
    for (const [key, spec] of Object.entries(passes)) {
      const result = await scrollPass(spec.extension ? withKvitter : without, spec);
      results.set(key, [...(results.get(key) ?? []), result]);
      process.stderr.write('.');
    }
  } finally {
    await without.close();
    await withKvitter.close();
  }
}

function printRun(results: Results, run: number): void {
  console.log(`\nRun ${run + 1}`);
  console.log(
    row([
      'pass',
      'Kvitter ms/s',
      'Kvitter % of JS',
      'Kvitter longest',
      'page JS ms/s',
      'GC ms/s',
      'long tasks',
    ]),
  );
  console.log(row(Array(7).fill('---')));
  for (const [key, spec] of Object.entries(passes)) {
    const r = results.get(key)?.[run];
    if (!r) continue;
    const ours = spec.extension;
    console.log(
      row([
        spec.label,
        ours ? f(figures.kvitter(r)) : '',
        ours ? `${f(figures.share(r))} %` : '',
        ours ? `${f(figures.stretch(r), 1)} ms` : '',
        f(figures.js(r), 0),
        f(figures.gc(r), 1),
        `${r.longTasks.length}${r.longTasks.length ? ` (longest ${f(figures.longestTask(r), 0)} ms)` : ''}`,
      ]),
    );
  }
}

function printMedians(results: Results): void {
  const of = (key: string, figure: (r: PassResult) => number) => median((results.get(key) ?? []).map(figure));
  const aim = (value: number | undefined, unit: string) =>
    value === undefined ? '' : ` (≤ ${value}${unit})`;
  console.log(`\nMedians of ${runs} runs, with the targets`);
  console.log(
    row([
      'pass',
      'Kvitter ms/s',
      'Kvitter % of JS',
      'Kvitter longest',
      'page JS ms/s (without)',
      'long tasks (without)',
    ]),
  );
  console.log(row(Array(6).fill('---')));
  for (const [key, spec] of kvitterPasses()) {
    if (!spec.baseline) continue;
    const t = spec.target ?? {};
    const base = spec.baseline;
    console.log(
      row([
        spec.label,
        `${f(of(key, figures.kvitter))}${aim(t.perSecond, '')}`,
        `${f(of(key, figures.share))} %${aim(t.share === undefined ? undefined : t.share * 100, ' %')}`,
        `${f(of(key, figures.stretch), 1)} ms${aim(t.stretch, ' ms')}`,
        `${f(of(key, figures.js), 0)} (${f(of(base, figures.js), 0)})`,
        `${f(of(key, figures.longTasks), 0)}, longest ${f(of(key, figures.longestTask), 0)} ms ` +
          `(${f(of(base, figures.longTasks), 0)}, longest ${f(of(base, figures.longestTask), 0)} ms)`,
      ]),
    );
  }
}

function printFunctions(results: Results): void {
  for (const [key, spec] of kvitterPasses()) {
    const all = results.get(key) ?? [];
    const span = all.reduce((sum, r) => sum + r.profile.spanMs / 1000, 0);
    console.log(`\nKvitter's costliest functions, ${spec.label} (ms per second of scrolling, all runs)`);
    for (const line of costliestLines(
      all.flatMap((r) => r.profile.functions),
      span,
      extensionDir,
    ))
      console.log(line);
  }
}

function printFixture(results: Results): void {
  const base = results.get('base-long') ?? [];
  const band = results.get('base-band') ?? [];
  const of = (list: PassResult[], figure: (r: PassResult) => number) => median(list.map(figure));
  const dom = (list: PassResult[], pick: (r: PassResult) => number) => f(median(list.map(pick)), 0);
  console.log('\nThe fixture without Kvitter (medians): long scroll / band scroll');
  console.log(
    `  DOM at the end: ${dom(base, (r) => r.dom.elements)} / ${dom(band, (r) => r.dom.elements)} elements, ` +
      `${dom(base, (r) => r.dom.cells)} / ${dom(band, (r) => r.dom.cells)} posts in it, ` +
      `${dom(base, (r) => r.dom.perPost)} elements a post; ` +
      `posts loaded ${dom(base, (r) => r.dom.loaded)} / ${dom(band, (r) => r.dom.loaded)}; ` +
      `scrolled ${dom(base, (r) => r.scrolled)} / ${dom(band, (r) => r.scrolled)} px ` +
      `(the band: 0 to ${dom(band, (r) => r.band)} px)`,
  );
  console.log(
    `  mutations under body per second: ${f(of(base, figures.mutations), 0)} / ${f(of(band, figures.mutations), 0)} records, ` +
      `${f(of(base, figures.texts), 0)} / ${f(of(band, figures.texts), 0)} text changes, ` +
      `${f(of(base, figures.nodes), 0)} / ${f(of(band, figures.nodes), 0)} nodes added or removed`,
  );
}

async function main(): Promise<void> {
  await buildFixtures();
  const version = execFileSync(chromiumPath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  const loadBefore = load();
  const results: Results = new Map();
  for (let run = 0; run < runs; run++) await runOnce(results);
  process.stderr.write('\n');
  console.log(`\nKvitter scroll benchmark: ${version}, ${runs} runs of ${seconds} s scrolling per pass`);
  console.log(
    `machine: ${cpus().length} cores, load average ${loadBefore} before, ${load()} after (1, 5, 15 min)`,
  );
  console.log('Kvitter = profile samples with a frame of its scripts; ms/s = per second of scrolling.');
  for (let run = 0; run < runs; run++) printRun(results, run);
  printMedians(results);
  printFunctions(results);
  printFixture(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
