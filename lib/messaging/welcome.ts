import { browser } from 'wxt/browser';

/** The welcome page (entrypoints/welcome). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Opens the welcome page in a new tab: by itself on install (the background), and again whenever
 * the user asks (popup, options page). Needs no permission.
 */
export function openWelcome(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) });
}
