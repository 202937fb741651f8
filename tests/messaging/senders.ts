import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../../lib/messaging/senders';

/** Kvitter's content script on an x.com tab. */
export const xTab = (tabId = 7, url = 'https://x.com/home'): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId, windowId: 1, url },
});

/** One of Kvitter's own pages. */
export const page = (path = 'sidepanel.html'): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(`/${path}`),
});
