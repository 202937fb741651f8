import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import {
  contentMessageSchema,
  type ProfileScan,
  profileScanSchema,
  type TabState,
  tabStateSchema,
} from './protocol';

/**
 * What the background keeps in storage.session for the pages, so a restarted service worker
 * loses nothing and the side panel can read it without a round trip:
 * - `session:tab-state:<tabId>`: that tab's latest TabState (removed when the tab closes);
 * - `session:profile-scan`: the last ProfileScan.
 * storage.session is open to extension pages only (not content scripts), which suits drafts.
 */
export const tabStateKey = (tabId: number) => `session:tab-state:${tabId}` as const;
export const PROFILE_SCAN_KEY = 'session:profile-scan';

/** Reads a tab's state; null when there is none or what is stored does not check out. */
export async function readTabState(tabId: number): Promise<TabState | null> {
  const parsed = tabStateSchema.safeParse(await storage.getItem(tabStateKey(tabId)));
  return parsed.success ? parsed.data : null;
}

/** Reads the last profile scan, or null. */
export async function readProfileScan(): Promise<ProfileScan | null> {
  const parsed = profileScanSchema.safeParse(await storage.getItem(PROFILE_SCAN_KEY));
  return parsed.success ? parsed.data : null;
}

/**
 * Calls `callback` with the tab's current state, then again on every change (null once the tab
 * closes). Returns the function that stops watching.
 *
 * Two paths bring a change: the content script's own 'tab-state' message, which reaches every
 * open extension page as it reaches the background (so the panel shows a keystroke without
 * waiting for the background to store it), and the stored state (which also carries the
 * background's own additions, such as the repost tip). Each report's `sentAt` orders them: a
 * stored copy older than what the panel already shows is skipped.
 */
export function watchTabState(tabId: number, callback: (state: TabState | null) => void): () => void {
  let stopped = false;
  let changed = false;
  let shown: TabState | null = null;
  const show = (state: TabState | null) => {
    if (stopped) return;
    if (state && shown && (state.sentAt ?? 0) < (shown.sentAt ?? 0)) return;
    changed = true;
    shown = state;
    callback(state);
  };
  const unwatch = storage.watch(tabStateKey(tabId), (value) => {
    const parsed = tabStateSchema.safeParse(value);
    show(parsed.success ? parsed.data : null);
  });
  const fromContent = (message: unknown, sender: { tab?: { id?: number } }) => {
    if (sender.tab?.id !== tabId) return undefined;
    const parsed = contentMessageSchema.safeParse(message);
    if (parsed.success && parsed.data.type === 'tab-state') {
      const { url, composers, sentAt } = parsed.data;
      show({
        ...shown,
        tabId,
        url,
        composers,
        ...(sentAt !== undefined ? { sentAt } : {}),
        updatedAt: Date.now(),
      });
    }
    // No answer from here: the background answers the content script.
    return undefined;
  };
  browser.runtime.onMessage.addListener(fromContent as never);
  // A change seen while the first read was under way is newer than what that read returns.
  readTabState(tabId).then(
    (state) => {
      if (!changed) show(state);
    },
    () => {},
  );
  return () => {
    stopped = true;
    unwatch();
    browser.runtime.onMessage.removeListener(fromContent as never);
  };
}

/** Calls `callback` with the last profile scan, then on every new scan. Returns the unsubscribe function. */
export function watchProfileScan(callback: (scan: ProfileScan | null) => void): () => void {
  let stopped = false;
  let changed = false;
  const unwatch = storage.watch(PROFILE_SCAN_KEY, (value) => {
    changed = true;
    const parsed = profileScanSchema.safeParse(value);
    if (!stopped) callback(parsed.success ? parsed.data : null);
  });
  readProfileScan().then(
    (scan) => {
      if (!stopped && !changed) callback(scan);
    },
    () => {},
  );
  return () => {
    stopped = true;
    unwatch();
  };
}
