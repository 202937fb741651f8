import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { storage } from '@wxt-dev/storage';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultRuleSettings,
  defaultStrategy,
  migrateToCurrent,
  parseStrategy,
  readStrategy,
  STRATEGY_VERSION,
  StrategyStore,
} from '../../lib/strategy';
import { migrationBackupKey } from '../../lib/strategy/store';
import { storageSnapshot } from './helpers';

const fixtureV0 = JSON.parse(readFileSync(resolve('tests/strategy/fixtures/strategy-v0.json'), 'utf8'));

/** What the v0 fixture means in version 1, field by field. */
const expectedV1 = {
  version: 1,
  accountType: 'company',
  brandNames: ['Fjordkraft Demo AS'],
  audience: 'Kunder i Vestland',
  goals: '',
  topics: [
    { name: 'strøm', keywords: ['strøm'] },
    { name: 'fornybar', keywords: ['fornybar'] },
  ],
  hashtags: { preferred: ['#strøm', 'energi'], max: 3 },
  length: { softTarget: 280, hardLimit: 280 },
  postsPerWeek: 4,
  signatures: { required: true, list: ['^KH'] },
  avoidPhrases: [{ phrase: 'billigst' }, { phrase: 'garantert' }],
  languages: { allowed: ['nb', 'nn', 'en'], nynorskTarget: 25 },
  rules: defaultRuleSettings(),
  uiLanguage: 'nn',
};

/** Version 2 adds the thread settings at their defaults: offered past X's limit only, no numbering. */
const expectedV2 = { ...expectedV1, version: 2, thread: { numbering: 'none', offerOverTarget: false } };

/** A version 1 strategy as Kvitter 0.1 stored it: every field but the thread settings. */
const { thread: _thread, ...withoutThread } = defaultStrategy;
const storedV1 = { ...withoutThread, version: 1, topics: [{ name: 'Skule', keywords: ['lærar'] }] };

describe('migrations', () => {
  it('carry the unversioned v0 fixture through version 1 to the current version', () => {
    expect(STRATEGY_VERSION).toBe(2);
    expect(migrateToCurrent(fixtureV0)).toEqual({ status: 'current', value: expectedV2, from: 0 });
  });

  it('carry a version 1 strategy to version 2, adding the thread settings and nothing else', () => {
    expect(migrateToCurrent(storedV1)).toEqual({
      status: 'current',
      value: { ...storedV1, version: 2, thread: { numbering: 'none', offerOverTarget: false } },
      from: 1,
    });
  });

  it('name a thread setting that is off by its label', () => {
    const result = parseStrategy(
      { ...defaultStrategy, thread: { numbering: 'roman', offerOverTarget: false } },
      'nn',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        path: 'thread.numbering',
        message: expect.stringContaining('Trådar › Nummerering'),
      });
  });

  it('migrate a stored v1 strategy on start, keeping the original as a backup', async () => {
    await fakeBrowser.storage.sync.set({ strategy: storedV1, strategy$: { v: 1, savedAt: 7 } });
    const migrated = { ...storedV1, version: 2, thread: { numbering: 'none', offerOverTarget: false } };
    // Readers see the migrated strategy before anything is written, and nothing rewrites the copy
    // behind the store's back before its backup is taken.
    expect((await readStrategy()).strategy).toEqual(migrated);
    const store = new StrategyStore();
    expect(await store.migrateStored()).toEqual({ migratedFrom: 1 });
    expect(await storage.getItem(migrationBackupKey(1))).toEqual(storedV1);
    expect(await storage.getItem('sync:strategy')).toEqual(migrated);
    expect(await storage.getItem('sync:strategy$')).toMatchObject({ v: 2 });
    expect((await store.get()).strategy).toEqual(migrated);
    expect(await new StrategyStore().migrateStored()).toBeNull();
  });

  it('migrate a stored v0 strategy on start, keeping the original as a backup', async () => {
    await fakeBrowser.storage.sync.set({ strategy: fixtureV0 });
    // Readers already see the migrated strategy before anything is written.
    expect((await readStrategy()).strategy).toEqual(expectedV2);

    expect(await new StrategyStore().migrateStored()).toEqual({ migratedFrom: 0 });
    expect(await storage.getItem('sync:strategy')).toEqual(expectedV2);
    expect(await storage.getItem('sync:strategy$')).toMatchObject({ v: 2 });
    expect(await storage.getItem(migrationBackupKey(0))).toEqual(fixtureV0);
    // A second start finds nothing left to do.
    expect(await new StrategyStore().migrateStored()).toBeNull();
  });

  it('refuse a stored strategy from a future version and keep it, byte for byte', async () => {
    const future = { version: 3, accountType: 'personal', somethingNew: { a: 1 } };
    await fakeBrowser.storage.sync.set({ strategy: future, strategy$: { v: 3, savedAt: 5 } });
    const before = await storageSnapshot();

    const store = new StrategyStore();
    expect(await store.migrateStored()).toBeNull();
    const snapshot = await store.get('en');
    expect(snapshot.location).toBe('sync');
    expect(snapshot.refused).toEqual([
      { path: 'version', message: expect.stringContaining('newer version of Kvitter (version 3)') },
    ]);
    expect(snapshot.strategy.version).toBe(2);
    expect(await storageSnapshot()).toBe(before);
  });

  it('never overwrite a future strategy: saving keeps it in sync and writes to local instead', async () => {
    const future = { version: 3, accountType: 'personal' };
    await fakeBrowser.storage.sync.set({ strategy: future, strategy$: { v: 3, savedAt: 5 } });
    const store = new StrategyStore();
    const mine = { ...(await store.get()).strategy, postsPerWeek: 6 };
    expect(await store.save(mine)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.sync.get()).toEqual({
      strategy: future,
      strategy$: { v: 3, savedAt: 5 },
    });
    expect(await store.get()).toMatchObject({ strategy: mine, location: 'local' });
    expect((await store.get()).refused).toBeUndefined();
  });

  it('refuse a damaged stored strategy without wiping it', async () => {
    await fakeBrowser.storage.sync.set({ strategy: { version: 2, accountType: 'robot' } });
    const before = await storageSnapshot();
    const snapshot = await new StrategyStore().get('en');
    expect(snapshot.refused?.length).toBeGreaterThan(0);
    expect(await storageSnapshot()).toBe(before);
  });
});
