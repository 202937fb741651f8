import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptLivePort } from '../../lib/background/router';
import { watchTabState } from '../../lib/messaging/client';
import {
  backgroundMaxWaitMs,
  backgroundQuietMs,
  openLiveChannel,
  PANEL_PORT,
  TAB_STATE_PORT,
  type TabStateMessage,
} from '../../lib/messaging/live';
import type { TabState } from '../../lib/messaging/protocol';
import { readTabState } from '../../lib/messaging/session';
import { routerDeps, until } from './background-double';
import { installFakePorts, portPair } from './ports';
import { page, xTab } from './senders';

const state = (url: string, sentAt: number): TabStateMessage => ({
  type: 'tab-state',
  url,
  composers: [],
  sentAt,
});

/** A background that takes live ports; returns the tab states it received, in order. */
function liveBackground(): string[] {
  const heard: string[] = [];
  const deps = routerDeps();
  fakeBrowser.runtime.onConnect.addListener((port) => {
    if (port.name === TAB_STATE_PORT) port.onMessage.addListener((json) => heard.push(json as string));
    acceptLivePort(port as never, deps);
  });
  return heard;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the live channel', () => {
  it('brings every keystroke to the side panel at once, and the last state to a panel opened later', async () => {
    const heard = liveBackground();
    const channel = openLiveChannel();
    channel.post(state('https://x.com/home', 1));
    await until(() => heard.length === 1);

    const seen: (TabState | null)[] = [];
    const stop = watchTabState(7, (next) => seen.push(next));
    // The panel connects and is given what the content script last sent, before any new keystroke.
    await until(() => seen.at(-1)?.sentAt === 1);
    channel.post(state('https://x.com/home', 2));
    channel.post(state('https://x.com/compose/post', 3));
    await until(() => seen.at(-1)?.sentAt === 3);
    expect(seen.at(-1)).toMatchObject({ tabId: 7, url: 'https://x.com/compose/post', composers: [] });
    // Meanwhile the background has heard only the first: the rest wait for a pause in typing.
    expect(heard).toHaveLength(1);
    stop();
    channel.close();
  });

  it('stores a burst of typing in the background once it pauses, and at least every two seconds', async () => {
    vi.useFakeTimers();
    const heard = liveBackground();
    let clock = 0;
    const channel = openLiveChannel(() => clock);
    const type = async (sentAt: number) => {
      channel.post(state('https://x.com/home', sentAt));
      clock += 50;
      await vi.advanceTimersByTimeAsync(50);
    };
    await type(0);
    expect(heard.map((json) => JSON.parse(json).sentAt)).toEqual([0]);
    // Typing every 50 ms for 2.5 s: one store when the longest wait is up, none per keystroke.
    for (let t = 50; t <= 2500; t += 50) await type(t);
    const during = heard.map((json) => JSON.parse(json).sentAt);
    expect(during).toHaveLength(2);
    expect(during[1]).toBeGreaterThanOrEqual(backgroundMaxWaitMs - 100);
    expect(during[1]).toBeLessThanOrEqual(backgroundMaxWaitMs + 100);
    // A pause: the last state is stored, once.
    clock += backgroundQuietMs;
    await vi.advanceTimersByTimeAsync(backgroundQuietMs + 50);
    expect(heard.map((json) => JSON.parse(json).sentAt).slice(2)).toEqual([2500]);
    channel.close();
  });

  it('reconnects when the service worker closed its port', async () => {
    const ports = installFakePorts(() => xTab());
    const heard = liveBackground();
    let clock = 0;
    const channel = openLiveChannel(() => clock);
    channel.post(state('https://x.com/home', 1));
    await until(() => heard.length === 1);
    // The worker stops: its end of the port goes away, and the content script hears of it.
    ports.accepted.at(-1)?.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 5));
    channel.post(state('https://x.com/home', 2));
    clock += backgroundQuietMs;
    await vi.waitFor(() => expect(heard).toHaveLength(2), { timeout: 2000 });
    expect(JSON.parse(heard[1] as string).sentAt).toBe(2);
    expect(ports.opened).toHaveLength(2);
    channel.close();
  });

  it('answers only side panels of Kvitter itself', async () => {
    const channel = openLiveChannel();
    channel.post(state('https://x.com/home', 1));
    const [mine, theirs] = portPair(PANEL_PORT, { id: 'another-extension', url: 'chrome-extension://x/' });
    const heard: unknown[] = [];
    mine.onMessage.addListener((message) => heard.push(message));
    (fakeBrowser.runtime.onConnect as unknown as { trigger(port: unknown): void }).trigger(theirs);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(heard).toEqual([]);
    channel.close();
  });
});

describe('acceptLivePort (background)', () => {
  it('stores a tab state from the content script on an x.com tab', async () => {
    const [content, background] = portPair(TAB_STATE_PORT, xTab(9));
    acceptLivePort(background, routerDeps());
    content.postMessage(JSON.stringify(state('https://x.com/home', 5)));
    await vi.waitFor(async () =>
      expect(await readTabState(9)).toMatchObject({ url: 'https://x.com/home', sentAt: 5 }),
    );
  });

  it('ignores what is not a valid tab state, and stores nothing', async () => {
    const [content, background] = portPair(TAB_STATE_PORT, xTab(9));
    acceptLivePort(background, routerDeps());
    content.postMessage('{not json');
    content.postMessage(JSON.stringify({ type: 'open-coach' }));
    content.postMessage(JSON.stringify({ type: 'tab-state', url: 3 }));
    content.postMessage({ type: 'tab-state', url: 'https://x.com/home', composers: [] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readTabState(9)).toBeNull();
    expect(content.closed).toBe(false);
  });

  it('closes a port from anything but Kvitter’s content script on x.com', async () => {
    for (const sender of [page(), xTab(9, 'https://evil.example/'), { ...xTab(9), id: 'other' }]) {
      const [content, background] = portPair(TAB_STATE_PORT, sender);
      acceptLivePort(background, routerDeps());
      expect(content.closed).toBe(true);
    }
  });

  it('leaves ports with other names alone', () => {
    const [panel, content] = portPair(PANEL_PORT, page());
    acceptLivePort(content, routerDeps());
    expect(panel.closed).toBe(false);
  });
});

describe('watchTabState with the live channel', () => {
  it('skips a stored copy older than what it shows, but takes the repost tip from it', async () => {
    const channel = openLiveChannel();
    const seen: (TabState | null)[] = [];
    const stop = watchTabState(7, (next) => seen.push(next));
    await until(() => seen.length === 1);
    channel.post(state('https://x.com/new', 20));
    await until(() => seen.at(-1)?.url === 'https://x.com/new');
    // The background stores an older report late: the panel keeps the newer one.
    const stored = { tabId: 7, url: 'https://x.com/old', composers: [], sentAt: 10, updatedAt: 1 };
    await fakeBrowser.storage.session.set({ 'tab-state:7': stored });
    // ...but the repost tip the background added to it still shows.
    await fakeBrowser.storage.session.set({ 'tab-state:7': { ...stored, repostTipAt: 5 } });
    await until(() => seen.at(-1)?.repostTipAt === 5);
    expect(seen.at(-1)?.url).toBe('https://x.com/new');
    expect(seen.map((s) => s?.url)).not.toContain('https://x.com/old');
    stop();
    channel.close();
  });

  it('connects again once a reloaded tab reports, and stops listening when stopped', async () => {
    const seen: (TabState | null)[] = [];
    const stop = watchTabState(7, (next) => seen.push(next));
    await until(() => seen.length === 1);
    // No content script yet: the first connection closed at once. The new one reports through
    // the background first, which makes the panel connect to it.
    const channel = openLiveChannel();
    await fakeBrowser.storage.session.set({
      'tab-state:7': { tabId: 7, url: 'https://x.com/home', composers: [], sentAt: 1, updatedAt: 1 },
    });
    await until(() => seen.at(-1)?.sentAt === 1);
    channel.post(state('https://x.com/home', 2));
    await until(() => seen.at(-1)?.sentAt === 2);
    stop();
    const count = seen.length;
    channel.post(state('https://x.com/home', 3));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveLength(count);
    channel.close();
  });
});
