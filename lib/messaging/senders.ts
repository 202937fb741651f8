import { browser } from 'wxt/browser';

/** The parts of runtime.MessageSender the background looks at. */
export type Sender = {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; url?: string };
};

/** The only sites Kvitter's content script runs on; the same list as its `matches`. */
export const X_HOSTS: ReadonlySet<string> = new Set(['x.com', 'twitter.com', 'mobile.x.com']);

/** Whether `url` is an https page on x.com, twitter.com or mobile.x.com (no look-alike hosts). */
export function isXUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && X_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * The tab a message came from when it is Kvitter's own content script on an x.com tab; null for
 * anything else (another extension, a page's frame on some other site, a tabless context).
 */
export function xTabOf(sender: Sender): { tabId: number; windowId?: number; url: string } | null {
  if (sender.id !== browser.runtime.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  // sender.url is the frame that sent it, which is what must be on x.com; tab.url is the fallback.
  const url = sender.url ?? sender.tab?.url;
  if (!isXUrl(url) || url === undefined) return null;
  return { tabId, url, ...(sender.tab?.windowId !== undefined ? { windowId: sender.tab.windowId } : {}) };
}

/** Whether a message came from one of Kvitter's own pages (side panel, popup, options). */
export function isExtensionPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}
