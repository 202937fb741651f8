import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RouterDeps, routeMessage } from '../../lib/background/router';
import { StrategyStore } from '../../lib/strategy';
import { page } from './senders';

/** What the router needs, with a fresh store and nothing that opens a panel or reaches a tab. */
export function routerDeps(store = new StrategyStore()): RouterDeps {
  return {
    store,
    now: () => 0,
    openCoach: async () => {},
    enableCoachForTab: () => {},
    sendToTab: async () => ({ ok: true }),
  };
}

/** The background as the pages meet it: fakeBrowser delivers messages with an empty sender, so fill it in. */
export function backgroundFor(sender = page()): StrategyStore {
  const store = new StrategyStore();
  const deps = routerDeps(store);
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    routeMessage(message, sender, deps).then(sendResponse);
    return true;
  });
  return store;
}

export const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(check()).toBe(true);
};
