import { storage } from '@wxt-dev/storage';
import type { ComposerState, ProfileScan, TabState } from '../messaging/protocol';
import { PROFILE_SCAN_KEY, readTabState, tabStateKey } from '../messaging/session';
import { exclusive } from '../strategy/exclusive';

/**
 * The background's side of the session state (keys in lib/messaging/session.ts). Each tab's
 * updates run in order, so a late 'tab-state' never wipes the repost tip set just before it.
 */

/** Stores what the content script reports about a tab's composers. */
export function recordTabState(
  tabId: number,
  report: { url: string; composers: ComposerState[]; sentAt?: number },
  now: number,
): Promise<TabState> {
  return exclusive(`tab-${tabId}`, async () => {
    const previous = await readTabState(tabId);
    const state: TabState = {
      tabId,
      url: report.url,
      composers: report.composers,
      ...(report.sentAt !== undefined ? { sentAt: report.sentAt } : {}),
      ...(previous?.repostTipAt !== undefined ? { repostTipAt: previous.repostTipAt } : {}),
      updatedAt: now,
    };
    await storage.setItem(tabStateKey(tabId), state);
    return state;
  });
}

/** Notes that the user opened the repost menu, so the side panel shows the retweet-wisely tip. */
export function recordRepostMenu(tabId: number, url: string, now: number): Promise<TabState> {
  return exclusive(`tab-${tabId}`, async () => {
    const previous = await readTabState(tabId);
    const state: TabState = previous
      ? { ...previous, repostTipAt: now, updatedAt: now }
      : { tabId, url, composers: [], repostTipAt: now, updatedAt: now };
    await storage.setItem(tabStateKey(tabId), state);
    return state;
  });
}

/** Forgets a closed tab. */
export function clearTabState(tabId: number): Promise<void> {
  return exclusive(`tab-${tabId}`, () => storage.removeItem(tabStateKey(tabId)));
}

/** Keeps the last profile scan for the popup's checklist. */
export function recordProfileScan(scan: ProfileScan): Promise<void> {
  return storage.setItem(PROFILE_SCAN_KEY, scan);
}
