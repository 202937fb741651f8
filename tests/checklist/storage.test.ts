import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readTicked, setTicked, watchTicked } from '../../lib/checklist';

describe('items ticked by hand', () => {
  it('are remembered in local storage', async () => {
    expect(await readTicked()).toEqual([]);
    await setTicked('use-lists', true);
    await setTicked('embed-feed', true);
    expect(await readTicked()).toEqual(['embed-feed', 'use-lists']);
    expect(await fakeBrowser.storage.local.get('checklist-ticked')).toEqual({
      'checklist-ticked': ['use-lists', 'embed-feed'],
    });
    await setTicked('use-lists', false);
    expect(await readTicked()).toEqual(['embed-feed']);
  });

  it('ignores stored ids that cannot be ticked', async () => {
    await fakeBrowser.storage.local.set({
      'checklist-ticked': ['profile-photo', 'nonsense', 'use-lists', 3],
    });
    expect(await readTicked()).toEqual(['use-lists']);
    await fakeBrowser.storage.local.set({ 'checklist-ticked': 'broken' });
    expect(await readTicked()).toEqual([]);
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const stop = watchTicked((ids) => seen.push(ids));
    await setTicked('mention-alerts', true);
    stop();
    await setTicked('use-lists', true);
    expect(seen).toEqual([['mention-alerts']]);
  });
});
