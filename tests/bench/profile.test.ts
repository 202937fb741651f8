import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile, clockOf, kvitterPerWindow } from './profile';

const kvitterUrl = 'chrome-extension://abcdefghijklmnop/content-scripts/x.js';
const pageUrl = 'https://x.com/__fixture__/fixture.js';

const frame = (functionName: string, url = '', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 0,
});

/**
 * root ─ (idle) 2, (program) 3, (garbage collector) 4,
 *      ─ onScroll (page) 5 ─ findComposers (Kvitter) 6 ─ querySelectorAll 7
 *      ─ placeBoxes (Kvitter) 8, kvitterBenchClockMark (page) 9
 */
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 8, 9] },
  { id: 2, callFrame: frame('(idle)') },
  { id: 3, callFrame: frame('(program)') },
  { id: 4, callFrame: frame('(garbage collector)') },
  { id: 5, callFrame: frame('onScroll', pageUrl), children: [6] },
  { id: 6, callFrame: frame('findComposers', kvitterUrl, 10), children: [7] },
  { id: 7, callFrame: frame('querySelectorAll') },
  { id: 8, callFrame: frame('placeBoxes', kvitterUrl, 20) },
  { id: 9, callFrame: frame('kvitterBenchClockMark', pageUrl) },
];

/** Samples 100 µs apart from t = 1000 µs; the last runs to `endTime`. */
function profileOf(samples: number[], endTime = 1000 + samples.length * 100): CpuProfile {
  return { nodes, startTime: 900, endTime, samples, timeDeltas: samples.map(() => 100) };
}

describe('attribute', () => {
  // idle, page, page→Kvitter→qSA ×2, GC, Kvitter, program, Kvitter, idle
  const profile = profileOf([2, 5, 7, 7, 4, 6, 3, 8, 2]);

  it("counts a sample as Kvitter's when its stack holds a frame of Kvitter's scripts", () => {
    const result = attribute(profile);
    expect(result.kvitterMs).toBeCloseTo(0.4);
    // The page's JavaScript: Kvitter's four samples and the page's own; not idle, GC or (program).
    expect(result.jsMs).toBeCloseTo(0.5);
    expect(result.kvitterShare).toBeCloseTo(0.8);
    expect(result.idleMs).toBeCloseTo(0.2);
    expect(result.gcMs).toBeCloseTo(0.1);
    expect(result.programMs).toBeCloseTo(0.1);
    expect(result.spanMs).toBeCloseTo(0.9);
  });

  it('measures the longest stretch across a collection inside it, and breaks it on anything else', () => {
    const result = attribute(profile);
    // qSA, qSA, GC, findComposers: 4 samples; then (program) ends it; placeBoxes is a second stretch.
    expect(result.longestStretchMs).toBeCloseTo(0.4);
    expect(result.stretches).toBe(2);
  });

  it("gives each sample to Kvitter's innermost function, naming the browser functions it called", () => {
    const [first, second] = attribute(profile).functions;
    expect(first?.functionName).toBe('findComposers');
    expect(first?.ms).toBeCloseTo(0.3);
    expect(first?.callees.get('querySelectorAll')).toBeCloseTo(0.2);
    expect(second?.functionName).toBe('placeBoxes');
    expect(second?.line).toBe(20);
  });

  it('keeps only the samples in a window, and takes another idea of whose scripts count', () => {
    // Samples at 1500 (Kvitter), 1600 (program) and 1700 (Kvitter); the one at 1800 is outside.
    expect(attribute(profile, { from: 1500, to: 1800 }).kvitterMs).toBeCloseTo(0.2);
    expect(attribute(profile, { from: 1500, to: 1800 }).stretches).toBe(2);
    // The page's onScroll alone, and under Kvitter's three samples that it called.
    const page = attribute(profile, { isOurs: (url) => url === pageUrl });
    expect(page.kvitterMs).toBeCloseTo(0.4);
  });

  it('orders samples V8 recorded out of order before timing them', () => {
    const shuffled: CpuProfile = { ...profileOf([5, 8]), timeDeltas: [300, -100] };
    // Page at 1200, Kvitter at 1100: Kvitter's sample lasts until the page's.
    expect(attribute(shuffled).kvitterMs).toBeCloseTo(0.1);
  });
});

describe('kvitterPerWindow', () => {
  it("splits Kvitter's time between consecutive edges", () => {
    const profile = profileOf([6, 6, 2, 8, 2, 6]);
    expect(kvitterPerWindow(profile, [1000, 1200, 1500, 1700]).map((ms) => Number(ms.toFixed(3)))).toEqual([
      0.2, 0.1, 0.1,
    ]);
  });
});

describe('clockOf', () => {
  it("maps the page's clock onto the profile's from the marked samples", () => {
    // The mark ran from 5.0 to 5.3 ms on the page's clock; its samples at 1200–1400 µs (to 1500).
    const profile = profileOf([2, 2, 9, 9, 9, 2]);
    const clock = clockOf(profile, { from: 5, to: 5.3 });
    expect(clock(5.15)).toBeCloseTo(1350);
    expect(clock(6.15)).toBeCloseTo(2350);
  });

  it('says so when the mark is not in the profile', () => {
    expect(() => clockOf(profileOf([2, 2]), { from: 0, to: 1 })).toThrow(/clock mark/);
  });
});
