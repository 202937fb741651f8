import { storage } from '@wxt-dev/storage';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultStrategy,
  readStrategy,
  STRATEGY_VERSION,
  type Strategy,
  StrategyStore,
} from '../../lib/strategy';
import { SYNC_ITEM_QUOTA, syncItemBytes } from '../../lib/strategy/storage';

// Spies on fakeBrowser outlive its reset; each test starts with the real fakes.
afterEach(() => {
  vi.restoreAllMocks();
});

const withTopics = (count: number, keywordLength = 40): Strategy => ({
  ...defaultStrategy,
  topics: Array.from({ length: count }, (_, i) => ({
    name: `Emne ${i}`,
    keywords: Array.from({ length: 50 }, (_, k) => `nøkkelord-${i}-${k}-`.padEnd(keywordLength, 'x')),
  })),
});

const quotaError = () => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');

describe('StrategyStore', () => {
  it('starts from the defaults, in sync, with nothing to undo', async () => {
    const snapshot = await new StrategyStore().get('en');
    expect(snapshot).toEqual({ strategy: defaultStrategy, location: 'sync', canUndo: false });
  });

  it('saves to storage.sync with its version, and undo brings the previous strategy back', async () => {
    const store = new StrategyStore();
    const first = { ...defaultStrategy, postsPerWeek: 4 };
    const second = { ...defaultStrategy, postsPerWeek: 9 };
    expect(await store.save(first)).toEqual({ ok: true });
    expect(await store.save(second)).toEqual({ ok: true });
    expect(await storage.getItem('sync:strategy')).toEqual(second);
    expect(await storage.getItem('sync:strategy$')).toMatchObject({ v: STRATEGY_VERSION });

    expect((await store.get()).canUndo).toBe(true);
    expect(await store.undo()).toEqual({ ok: true });
    expect((await store.get()).strategy.postsPerWeek).toBe(4);
    expect((await store.get()).canUndo).toBe(false);
    expect((await store.undo('en')).ok).toBe(false);
  });

  it('refuses an invalid save and leaves storage as it was', async () => {
    const store = new StrategyStore();
    await store.save({ ...defaultStrategy, postsPerWeek: 4 });
    const before = await fakeBrowser.storage.sync.get();
    const result = await store.save({ ...defaultStrategy, postsPerWeek: -1 }, 'en');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'postsPerWeek', message: 'Posts per week: must be at least 0.' }],
    });
    expect(await fakeBrowser.storage.sync.get()).toEqual(before);
  });

  it('falls back to storage.local when sync refuses the write for its quota, losing nothing', async () => {
    const store = new StrategyStore();
    const strategy = { ...defaultStrategy, audience: 'Lærere i Vestland' };
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    expect(await store.save(strategy)).toEqual({ ok: true });
    expect(await storage.getItem('local:strategy')).toEqual(strategy);
    const snapshot = await store.get();
    expect(snapshot.strategy).toEqual(strategy);
    expect(snapshot.location).toBe('local');
  });

  it('keeps a strategy larger than sync’s 8 KB per item on this device, and moves it back when it shrinks', async () => {
    const store = new StrategyStore();
    const large = withTopics(6);
    expect(syncItemBytes('strategy', large)).toBeGreaterThan(SYNC_ITEM_QUOTA);
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await store.save(large)).toEqual({ ok: true });
    expect(syncSet).not.toHaveBeenCalled();
    expect(await store.get()).toMatchObject({ strategy: large, location: 'local' });

    const small = withTopics(1);
    expect(await store.save(small)).toEqual({ ok: true });
    expect(await store.get()).toMatchObject({ strategy: small, location: 'sync' });
    expect(await storage.getItem('local:strategy')).toBeNull();
  });

  it('reads the newer copy when both areas hold one (another device synced after a local fallback)', async () => {
    const local = { ...defaultStrategy, postsPerWeek: 1 };
    const synced = { ...defaultStrategy, postsPerWeek: 2 };
    await fakeBrowser.storage.local.set({ strategy: local, strategy$: { v: 1, savedAt: 100 } });
    await fakeBrowser.storage.sync.set({ strategy: synced, strategy$: { v: 1, savedAt: 200 } });
    expect(await readStrategy()).toMatchObject({ strategy: synced, location: 'sync' });
    await fakeBrowser.storage.local.set({ strategy$: { v: 1, savedAt: 300 } });
    expect(await readStrategy()).toMatchObject({ strategy: local, location: 'local' });
  });

  it('two contexts writing at once lose no update and converge', async () => {
    // Two background instances (an old worker and its replacement), each with its own store.
    const a = new StrategyStore();
    const b = new StrategyStore();
    const seen: Strategy[][] = [[], []];
    const unwatch = [0, 1].map((i) =>
      storage.watch<Strategy>('sync:strategy', (value) => {
        if (value) seen[i]?.push(value);
      }),
    );
    await Promise.all([
      a.add({ kind: 'hashtag', value: 'læring' }),
      b.add({ kind: 'hashtag', value: '#nynorsk' }),
      a.add({ kind: 'keyword', value: 'skule', topic: 'Skole' }),
      b.add({ kind: 'keyword', value: 'elev', topic: 'Skole' }),
    ]);
    for (const stop of unwatch) stop();
    const final = (await readStrategy()).strategy;
    expect(final.hashtags.preferred.toSorted()).toEqual(['#læring', '#nynorsk']);
    expect(final.topics).toEqual([{ name: 'Skole', keywords: expect.arrayContaining(['skule', 'elev']) }]);
    // Every watcher ends on the stored strategy.
    expect(seen[0]?.at(-1)).toEqual(final);
    expect(seen[1]?.at(-1)).toEqual(final);
  });

  it('does not add what is already there', async () => {
    const store = new StrategyStore();
    await store.save({ ...defaultStrategy, hashtags: { preferred: ['#Læring'], max: 2 } });
    await store.add({ kind: 'hashtag', value: 'læring' });
    expect((await readStrategy()).strategy.hashtags.preferred).toEqual(['#Læring']);
  });

  it('reset puts the defaults back and can be undone', async () => {
    const store = new StrategyStore();
    const mine = { ...defaultStrategy, goals: 'Bygge nettverk' };
    await store.save(mine);
    await store.reset();
    expect((await store.get()).strategy).toEqual(defaultStrategy);
    await store.undo();
    expect((await store.get()).strategy).toEqual(mine);
  });

  it('answers with an error, and keeps the old strategy, when neither area accepts the write', async () => {
    const store = new StrategyStore();
    await store.save({ ...defaultStrategy, postsPerWeek: 4 });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const result = await store.save({ ...defaultStrategy, postsPerWeek: 5 }, 'en');
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Could not save the strategy: disk full' }],
    });
    vi.restoreAllMocks();
    expect((await store.get()).strategy.postsPerWeek).toBe(4);
  });
});
