import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BackgroundError,
  listenForTabCommands,
  type StrategySnapshot,
  sendFromContent,
  sendToBackground,
  watchStrategy,
  watchTabState,
} from '../../lib/messaging/client';
import type { TabState } from '../../lib/messaging/protocol';
import { type RouterDeps, routeMessage } from '../../lib/messaging/router';
import { defaultStrategy, StrategyStore } from '../../lib/strategy';
import { page, xTab } from './senders';

/** The background as the pages meet it: fakeBrowser delivers messages with an empty sender, so fill it in. */
function backgroundFor(sender = page()): StrategyStore {
  const store = new StrategyStore();
  const deps: RouterDeps = {
    store,
    now: () => 0,
    openCoach: async () => {},
    enableCoachForTab: () => {},
    sendToTab: async () => ({ ok: true }),
  };
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    routeMessage(message, sender, deps).then(sendResponse);
    return true;
  });
  return store;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
};

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

describe('sendFromContent', () => {
  it('delivers a content message', async () => {
    backgroundFor(xTab(3));
    expect(await sendFromContent({ type: 'repost-menu-opened' })).toEqual({ ok: true });
  });

  it('never throws, even with no background to answer', async () => {
    const answer = await sendFromContent({ type: 'open-coach' });
    expect(answer.ok).toBe(false);
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

describe('watchStrategy in a content script', () => {
  it('still follows the strategy where storage.session is out of reach', async () => {
    const store = backgroundFor();
    await store.save({ ...defaultStrategy, postsPerWeek: 3 });
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(
      new Error('Access to storage is not allowed from this context.'),
    );
    const seen: StrategySnapshot[] = [];
    const stop = watchStrategy((snapshot) => seen.push(snapshot));
    await until(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ strategy: { postsPerWeek: 3 }, canUndo: false });
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

describe('listenForTabCommands', () => {
  it('runs the handler for a TabCommand from Kvitter and answers with its result', async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const fix = { label: { nb: 'Fiks', nn: 'Fiks', en: 'Fix' }, range: { start: 0, end: 1 }, text: '' };
    // fakeBrowser gives every message an empty sender, so call the listener with real-looking senders.
    const listeners: ((m: unknown, s: object, r: (a: unknown) => void) => unknown)[] = [];
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation(
      (l) => void listeners.push(l as never),
    );
    listenForTabCommands(handler);
    const answer = await new Promise((resolve) =>
      listeners[0]?.({ type: 'apply-fix', composerId: 'c0', fix }, { id: fakeBrowser.runtime.id }, resolve),
    );
    expect(answer).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ type: 'apply-fix', composerId: 'c0', fix });

    expect(
      listeners[0]?.({ type: 'apply-fix', composerId: 'c0', fix }, { id: 'other' }, () => {}),
    ).toBeUndefined();
    expect(
      listeners[0]?.({ type: 'something-else' }, { id: fakeBrowser.runtime.id }, () => {}),
    ).toBeUndefined();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
