import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoachApis } from '../../lib/background/coach';
import { routeMessage } from '../../lib/background/router';
import { startBackground } from '../../lib/background/start';
import type { ComposerState, ProfileScan } from '../../lib/messaging/protocol';
import { defaultStrategy } from '../../lib/strategy';
import { page, xTab } from '../messaging/senders';

function fakeSidePanel() {
  return {
    setPanelBehavior: vi.fn(async () => {}),
    setOptions: vi.fn(async () => {}),
    open: vi.fn(async () => {}),
  };
}

const composer: ComposerState = {
  status: 'ok',
  id: 'c0',
  surface: 'home',
  kind: 'post',
  position: 0,
  text: 'Hei #nynorsk',
  report: {
    weightedLength: 12,
    limit: 280,
    valid: true,
    language: 'nn',
    hashtags: [{ tag: 'nynorsk', range: { start: 4, end: 12 }, relevant: true }],
    topics: [],
    hints: [],
  },
};

const scan: ProfileScan = {
  handle: 'kvitter',
  displayName: 'Kvitter',
  hasDefaultAvatar: false,
  hasBanner: true,
  bio: 'Skrivecoach',
  location: null,
  website: null,
  verified: false,
  followingCount: 10,
  followersCount: 20,
  scannedAt: 5,
};

describe('background worker', () => {
  it('a restarted worker rebuilds everything the pages need from storage', async () => {
    let now = Date.UTC(2026, 10, 25, 12);
    const first = startBackground({ coachApis: { sidePanel: fakeSidePanel() }, now: () => now });
    await first.ready;
    const send = (message: unknown, sender = xTab(7)) => routeMessage(message, sender, first.deps);
    await send({ type: 'tab-state', url: 'https://x.com/home', composers: [composer] });
    await send({ type: 'repost-menu-opened' });
    await send({ type: 'profile-scan', scan });
    await send({ type: 'post-made', kind: 'post', language: 'nn', hashtagCount: 1 });
    await send({ type: 'post-made', kind: 'reply', language: 'nb', hashtagCount: 0 });
    await send(
      { type: 'save-strategy', strategy: { ...defaultStrategy, postsPerWeek: 4 } },
      page('options.html'),
    );

    // The worker goes away: its listeners and memory with it. Only storage remains.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    now += 60_000;
    const second = startBackground({ coachApis: { sidePanel: fakeSidePanel() }, now: () => now });
    await second.ready;
    const ask = (message: unknown) => routeMessage(message, page(), second.deps);

    expect(await ask({ type: 'get-tab-state', tabId: 7 })).toEqual({
      tabId: 7,
      url: 'https://x.com/home',
      composers: [composer],
      repostTipAt: now - 60_000,
      updatedAt: now - 60_000,
    });
    expect(await ask({ type: 'get-profile-scan' })).toEqual(scan);
    expect(await ask({ type: 'get-strategy' })).toMatchObject({
      strategy: { postsPerWeek: 4 },
      canUndo: true,
    });
    expect(await ask({ type: 'get-stats' })).toEqual({
      postsThisWeek: 2,
      postsPerWeekTarget: 4,
      originals30d: 1,
      repliesAndQuotes30d: 1,
      nynorskShare30d: 50,
      nynorskTarget: null,
    });
  });

  it('answers runtime messages through the real listener, and refuses senders that are not Kvitter’s', async () => {
    startBackground({ coachApis: {} });
    // fakeBrowser's runtime.sendMessage carries an empty sender: neither a page nor an x.com tab.
    const answer = await fakeBrowser.runtime.sendMessage({ type: 'get-strategy' });
    expect(answer).toEqual({ ok: false, errors: [{ path: '', message: expect.any(String) }] });
  });

  it('keeps the repost tip when a later tab-state arrives, and forgets a tab when it closes', async () => {
    const background = startBackground({ coachApis: {}, now: () => 42 });
    const tabId = 7;
    await routeMessage({ type: 'repost-menu-opened' }, xTab(tabId), background.deps);
    await routeMessage(
      { type: 'tab-state', url: 'https://x.com/home', composers: [] },
      xTab(tabId),
      background.deps,
    );
    expect(await fakeBrowser.storage.session.get(`tab-state:${tabId}`)).toEqual({
      [`tab-state:${tabId}`]: {
        tabId,
        url: 'https://x.com/home',
        composers: [],
        repostTipAt: 42,
        updatedAt: 42,
      },
    });
    await routeMessage(
      { type: 'tab-state', url: 'https://x.com/home', composers: [] },
      xTab(8),
      background.deps,
    );
    // fakeBrowser.tabs.remove cannot close a tab without closing its window; the event is what matters.
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(['tab-state:8']),
    );
  });

  it('forwards apply-fix to the tab’s content script as a TabCommand, only for tabs it knows', async () => {
    const background = startBackground({ coachApis: {} });
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const fix = { label: { nb: 'Fjern', nn: 'Fjern', en: 'Remove' }, range: { start: 0, end: 4 }, text: '' };
    const applyFix = { type: 'apply-fix', tabId: 7, composerId: 'c0', fix, language: 'en' };

    expect(await routeMessage(applyFix, page(), background.deps)).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('not running in that tab') }],
    });
    expect(sendMessage).not.toHaveBeenCalled();

    await routeMessage(
      { type: 'tab-state', url: 'https://x.com/home', composers: [composer] },
      xTab(7),
      background.deps,
    );
    expect(await routeMessage(applyFix, page(), background.deps)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'apply-fix', composerId: 'c0', fix });

    sendMessage.mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await routeMessage(applyFix, page(), background.deps)).toMatchObject({ ok: false });
  });

  it('forwards a split and its undo to the tab’s content script, and its answer back', async () => {
    const background = startBackground({ coachApis: {} });
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await routeMessage(
      { type: 'tab-state', url: 'https://x.com/home', composers: [composer] },
      xTab(7),
      background.deps,
    );
    const parts = ['Første del.', 'Andre del.'];
    const split = { type: 'apply-split', tabId: 7, composerId: 'c0', parts };
    expect(await routeMessage(split, page(), background.deps)).toEqual({ ok: true });
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'apply-split', composerId: 'c0', parts });

    const refused = { ok: false, errors: [{ path: '', message: 'Det er ingen deling å angre.' }] };
    sendMessage.mockResolvedValueOnce(refused as never);
    expect(await routeMessage({ type: 'undo-split', tabId: 7 }, page(), background.deps)).toEqual(refused);
    expect(sendMessage).toHaveBeenLastCalledWith(7, { type: 'undo-split' });

    // A split of one part, or of an empty part, never reaches the tab.
    sendMessage.mockClear();
    for (const bad of [
      { ...split, parts: ['Bare én.'] },
      { ...split, parts: ['Første del.', ''] },
    ]) {
      expect(await routeMessage(bad, page(), background.deps)).toMatchObject({ ok: false });
    }
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('the coach (side panel / sidebar)', () => {
  it('makes the action open the popup and gives open x.com tabs their own panel', async () => {
    const sidePanel = fakeSidePanel();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }] as never);
    await startBackground({ coachApis: { sidePanel } }).ready;
    expect(query).toHaveBeenCalledWith({
      url: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
    });
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    expect(sidePanel.setOptions).toHaveBeenCalledWith({
      tabId: 3,
      path: 'sidepanel.html?tab=3',
      enabled: true,
    });
  });

  it('opens the side panel for the tab inside the user’s gesture when the content script asks', () => {
    const sidePanel = fakeSidePanel();
    const background = startBackground({ coachApis: { sidePanel } });
    void routeMessage({ type: 'open-coach' }, xTab(9), background.deps);
    // Synchronously: Chrome only opens a panel while the gesture that asked for it is still current.
    expect(sidePanel.setOptions).toHaveBeenCalledWith({
      tabId: 9,
      path: 'sidepanel.html?tab=9',
      enabled: true,
    });
    expect(sidePanel.open).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('opens the window’s panel for a tab that is not on x.com', async () => {
    const sidePanel = fakeSidePanel();
    const { coach } = startBackground({ coachApis: { sidePanel } });
    await coach.open({ tabId: 4, windowId: 2, tabUrl: '' });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 2 });
    expect(sidePanel.setOptions).not.toHaveBeenCalled();
  });

  it('opens Firefox’s sidebar where there is no side panel', async () => {
    const sidebarAction = { open: vi.fn(async () => {}) };
    const background = startBackground({ coachApis: { sidebarAction } satisfies CoachApis });
    expect(await routeMessage({ type: 'open-coach' }, xTab(9), background.deps)).toEqual({ ok: true });
    expect(sidebarAction.open).toHaveBeenCalledTimes(1);
  });

  it('says so when the coach cannot open', async () => {
    const sidebarAction = { open: vi.fn(async () => Promise.reject(new Error('not from a user action'))) };
    const background = startBackground({ coachApis: { sidebarAction } });
    const answer = await routeMessage({ type: 'open-coach', language: 'en' }, xTab(9), background.deps);
    expect(answer).toEqual({
      ok: false,
      errors: [{ path: '', message: expect.stringContaining('not from a user action') }],
    });
  });
});
