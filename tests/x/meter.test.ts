import { afterEach, describe, expect, it, vi } from 'vitest';

type Meter = { busyMs: number; longestMs: number; calls: number };

/** A fresh copy of the meter module, loaded while performance.now() reads `loadedAt`. */
async function freshMeter(loadedAt: number, { keepMeter = false } = {}) {
  if (!keepMeter) delete (globalThis as { kvitterMeter?: Meter }).kvitterMeter;
  vi.resetModules();
  const now = vi.spyOn(performance, 'now').mockReturnValue(loadedAt);
  const module = await import('../../lib/x/meter');
  const meter = (globalThis as unknown as { kvitterMeter: Meter }).kvitterMeter;
  return { ...module, meter, now };
}

describe('the meter behind the keystroke benchmark', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts the script’s start-up from the moment its module loaded', async () => {
    const { meterStartUp, meter, now } = await freshMeter(100);
    now.mockReturnValue(130);
    meterStartUp();
    expect(meter).toEqual({ busyMs: 30, longestMs: 30, calls: 1 });
  });

  it('counts a callback inside another callback once, as part of the outer one', async () => {
    const { metered, meter, now } = await freshMeter(0);
    let clock = 0;
    now.mockImplementation(() => clock);
    metered(() => {
      clock += 2;
      metered(() => {
        clock += 3;
      });
    });
    expect(meter).toEqual({ busyMs: 5, longestMs: 5, calls: 1 });
  });

  it('keeps one meter when a second copy of the module loads (the engine bundle has its own)', async () => {
    const content = await freshMeter(0);
    content.addToMeter(4);
    const engine = await freshMeter(0, { keepMeter: true });
    engine.addToMeter(6);
    expect(engine.meter).toBe(content.meter);
    expect(content.meter).toEqual({ busyMs: 10, longestMs: 6, calls: 2 });
  });
});
