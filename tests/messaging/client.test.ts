import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BackgroundError,
  type StrategySnapshot,
  sendToBackground,
  watchStrategy,
  watchTabState,
} from '../../lib/messaging/client';
import { sendFromContent } from '../../lib/messaging/content';
import type { TabState } from '../../lib/messaging/protocol';
import { defaultStrategy } from '../../lib/strategy';
import { backgroundFor, until } from './background-double';
import { xTab } from './senders';

describe('sendToBackground', () => {
  it('returns the checked answer', async () => {
    backgroundFor();
    const answer = await sendToBackground({ type: 'get-strategy' });
    expect(answer).toEqual({ strategy: defaultStrategy, location: 'sync', canUndo: false });
    expect(
      await sendToBackground({ type: 'save-strategy', strategy: { ...defaultStrategy, postsPerWeek: 2 } }),
    ).toEqual({
      ok: true,
    });
    expect((await sendToBackground({ type: 'get-strategy' })).strategy.postsPerWeek).toBe(2);
  });

  it('returns field errors for a bad save instead of throwing', async () => {
    backgroundFor();
    const answer = await sendToBackground({ type: 'save-strategy', strategy: { nope: 1 }, language: 'en' });
    expect(answer.ok).toBe(false);
  });

  it('throws a BackgroundError when the background refuses or answers nonsense', async () => {
    backgroundFor({ id: 'not-us' });
    await expect(sendToBackground({ type: 'get-strategy' })).rejects.toBeInstanceOf(BackgroundError);

    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => {
      sendResponse({ strategy: 'not a strategy' });
      return true;
    });
    await expect(sendToBackground({ type: 'get-strategy' })).rejects.toThrow(/did not understand/);
  });

  it('never sends a malformed message', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    // @ts-expect-error: the type system already refuses this; the runtime check is for untyped callers.
    await expect(sendToBackground({ type: 'get-tab-state', tabId: 'x' })).rejects.toBeInstanceOf(
      BackgroundError,
    );
    expect(send).not.toHaveBeenCalled();
  });
});

describe('watchStrategy', () => {
  it('reports the current strategy at once and every saved change after, in order', async () => {
    const store = backgroundFor();
    const seen: StrategySnapshot[] = [];
    const stop = watchStrategy((snapshot) => seen.push(snapshot));
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual({ strategy: defaultStrategy, location: 'sync', canUndo: false });

    await store.save({ ...defaultStrategy, postsPerWeek: 11 });
    await until(() => seen.at(-1)?.strategy.postsPerWeek === 11 && seen.at(-1)?.canUndo === true);

    stop();
    const count = seen.length;
    await store.save({ ...defaultStrategy, postsPerWeek: 12 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBe(count);
  });

  it('follows the strategy when it moves to storage.local', async () => {
    const store = backgroundFor();
    const seen: StrategySnapshot[] = [];
    const stop = watchStrategy((snapshot) => seen.push(snapshot), { immediate: false });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await store.save({ ...defaultStrategy, goals: 'Lokalt' });
    await until(() => seen.at(-1)?.location === 'local');
    expect(seen.at(-1)?.strategy.goals).toBe('Lokalt');
    stop();
  });
});

describe('watchTabState', () => {
  it('follows one tab and reports null once it closes', async () => {
    backgroundFor(xTab(5));
    const seen: (TabState | null)[] = [];
    const stop = watchTabState(5, (state) => seen.push(state));
    await until(() => seen.length === 1);
    expect(seen[0]).toBeNull();
    await sendFromContent({ type: 'tab-state', url: 'https://x.com/home', composers: [] });
    await until(() => seen.at(-1)?.tabId === 5);
    await fakeBrowser.storage.session.remove('tab-state:5');
    await until(() => seen.at(-1) === null);
    stop();
  });
});
