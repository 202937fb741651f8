import { browser } from 'wxt/browser';
import { isXUrl } from '../core/hosts';

/** The parts of runtime.MessageSender the background looks at. */
export type Sender = {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; url?: string };
};

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
