import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { storage } from '@wxt-dev/storage';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultRuleSettings, migrateToCurrent, readStrategy, StrategyStore } from '../../lib/strategy';
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

describe('migrations', () => {
  it('carry the unversioned v0 fixture to version 1', () => {
    expect(migrateToCurrent(fixtureV0)).toEqual({ status: 'current', value: expectedV1, from: 0 });
  });

  it('migrate a stored v0 strategy on start, keeping the original as a backup', async () => {
    await fakeBrowser.storage.sync.set({ strategy: fixtureV0 });
    // Readers already see the migrated strategy before anything is written.
    expect((await readStrategy()).strategy).toEqual(expectedV1);

    expect(await new StrategyStore().migrateStored()).toEqual({ migratedFrom: 0 });
    expect(await storage.getItem('sync:strategy')).toEqual(expectedV1);
    expect(await storage.getItem('sync:strategy$')).toMatchObject({ v: 1 });
    expect(await storage.getItem(migrationBackupKey(0))).toEqual(fixtureV0);
    // A second start finds nothing left to do.
    expect(await new StrategyStore().migrateStored()).toBeNull();
  });

  it('refuse a stored strategy from a future version and keep it, byte for byte', async () => {
    const future = { version: 2, accountType: 'personal', somethingNew: { a: 1 } };
    await fakeBrowser.storage.sync.set({ strategy: future, strategy$: { v: 2, savedAt: 5 } });
    const before = await storageSnapshot();

    const store = new StrategyStore();
    expect(await store.migrateStored()).toBeNull();
    const snapshot = await store.get('en');
    expect(snapshot.location).toBe('sync');
    expect(snapshot.refused).toEqual([
      { path: 'version', message: expect.stringContaining('newer version of Kvitter (version 2)') },
    ]);
    expect(snapshot.strategy.version).toBe(1);
    expect(await storageSnapshot()).toBe(before);
  });

  it('never overwrite a future strategy: saving keeps it in sync and writes to local instead', async () => {
    const future = { version: 2, accountType: 'personal' };
    await fakeBrowser.storage.sync.set({ strategy: future, strategy$: { v: 2, savedAt: 5 } });
    const store = new StrategyStore();
    const mine = { ...(await store.get()).strategy, postsPerWeek: 6 };
    expect(await store.save(mine)).toEqual({ ok: true });
    expect(await fakeBrowser.storage.sync.get()).toEqual({
      strategy: future,
      strategy$: { v: 2, savedAt: 5 },
    });
    expect(await store.get()).toMatchObject({ strategy: mine, location: 'local' });
    expect((await store.get()).refused).toBeUndefined();
  });

  it('refuse a damaged stored strategy without wiping it', async () => {
    await fakeBrowser.storage.sync.set({ strategy: { version: 1, accountType: 'robot' } });
    const before = await storageSnapshot();
    const snapshot = await new StrategyStore().get('en');
    expect(snapshot.refused?.length).toBeGreaterThan(0);
    expect(await storageSnapshot()).toBe(before);
  });
});
