import { browser } from 'wxt/browser';
import { xMatchPatterns } from '../core/hosts';
import type { LivePort } from '../messaging/live';
import type { Sender } from '../messaging/senders';
import { openWelcome } from '../messaging/welcome';
import { StrategyStore } from '../strategy/store';
import { type CoachApis, CoachOpener } from './coach';
import { acceptLivePort, forgetTab, type RouterDeps, routeMessage } from './router';

export type Background = { deps: RouterDeps; coach: CoachOpener; ready: Promise<void> };

/**
 * Wires the background worker: message routing, tab clean-up, the coach command, the side
 * panel's behaviour, and migration of an older stored strategy. Everything it keeps lives in
 * storage, so a restarted worker starts here again and loses nothing.
 */
export function startBackground(options: { coachApis?: CoachApis; now?: () => number } = {}): Background {
  const now = options.now ?? Date.now;
  const store = new StrategyStore({ now });
  const coach = new CoachOpener(options.coachApis);
  const deps: RouterDeps = {
    store,
    now,
    openCoach: (target) => coach.open(target),
    enableCoachForTab: (tabId) => coach.enableForTab(tabId),
    sendToTab: (tabId, command) => browser.tabs.sendMessage(tabId, command),
  };

  // Registered synchronously, at the top level of the worker's start, so no event is missed.
  browser.runtime.onMessage.addListener(((
    message: unknown,
    sender: Sender,
    sendResponse: (a: unknown) => void,
  ) => {
    routeMessage(message, sender, deps).then(sendResponse);
    return true;
  }) as never);

  browser.runtime.onConnect.addListener((port) => acceptLivePort(port as unknown as LivePort, deps));

  // A new user meets the welcome page once, on install; an update never opens it again.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void openWelcome().catch(() => {});
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    coach.forgetTab(tabId);
    void forgetTab(tabId);
  });

  const onCommand = (command: string, tab?: { id?: number; windowId?: number; url?: string }) => {
    if (command !== 'open-coach') return;
    // tab.url is only visible on x.com (host permission), which is exactly when a tab panel fits.
    void coach
      .open({
        ...(tab?.id !== undefined ? { tabId: tab.id } : {}),
        ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
        tabUrl: tab?.url ?? '',
      })
      .catch(() => {});
  };
  try {
    browser.commands.onCommand.addListener(onCommand);
  } catch {
    // No commands API here (Firefox for Android, test doubles): the command simply does not exist.
  }

  const ready = (async () => {
    await coach.setup();
    const tabs = await browser.tabs.query({ url: xMatchPatterns }).catch(() => []);
    for (const tab of tabs) if (tab.id !== undefined) coach.enableForTab(tab.id);
    await store.migrateStored().catch(() => null);
  })();

  return { deps, coach, ready };
}
