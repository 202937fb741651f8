import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The tab the panel coaches: its id, and its URL when the browser lets us see it. */
export type FollowedTab = { id: number; url: string | undefined };

/**
 * Follows the active tab of the panel's window, or the fixed tab given as `?tab=<id>` (used by
 * end-to-end tests). Needs no 'tabs' permission: the URL is visible for x.com tabs thanks to
 * the host permissions, and that is the only URL the panel needs. `undefined` while looking, `null` when there is no tab.
 */
export function useFollowedTab(fixedTabId: number | null): FollowedTab | null | undefined {
  const [tab, setTab] = useState<FollowedTab | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const show = (next: FollowedTab | null) => {
      if (!cancelled) setTab(next);
    };

    async function refresh() {
      if (fixedTabId !== null) {
        const found = await browser.tabs.get(fixedTabId).catch(() => undefined);
        show({ id: fixedTabId, url: found?.url });
        return;
      }
      const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      show(active?.id === undefined ? null : { id: active.id, url: active.url });
    }

    const onActivated = () => {
      if (fixedTabId === null) void refresh();
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      // Only a navigation matters (x.com is a single-page app, so `url` changes without a load).
      if (change.url === undefined && change.status !== 'complete') return;
      if (fixedTabId === null || tabId === fixedTabId) void refresh();
    };

    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [fixedTabId]);

  return tab;
}

/** Reads `?tab=<id>` from a page URL; null when absent or not a tab id. */
export function tabFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
