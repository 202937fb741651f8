import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { forgetLastError, type LivePort, PANEL_PORT, parseLive } from './live';
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
 * Two paths bring a change: the live channel from the tab's content script (lib/messaging/live.ts),
 * so the panel shows a keystroke without waiting for the background to store it, and the stored
 * state (which also carries the background's own additions, such as the repost tip). Each
 * report's `sentAt` orders them: a stored copy older than what the panel already shows is skipped.
 */
export function watchTabState(
  tabId: number,
  callback: (state: TabState | null) => void,
  failed: () => void = () => {},
): () => void {
  let stopped = false;
  let changed = false;
  let shown: TabState | null = null;
  let port: LivePort | undefined;
  const show = (next: TabState | null) => {
    if (stopped) return;
    let state = next;
    if (state && shown && (state.sentAt ?? 0) < (shown.sentAt ?? 0)) {
      // The background stores a tab's state after a pause in typing; a copy older than the
      // panel's can still bring the one thing only the background knows: the repost tip.
      if (state.repostTipAt === undefined || state.repostTipAt === shown.repostTipAt) return;
      state = { ...shown, repostTipAt: state.repostTipAt };
    }
    changed = true;
    shown = state;
    callback(state);
  };
  const fromContent = (json: unknown) => {
    const parsed = contentMessageSchema.safeParse(parseLive(json));
    if (!parsed.success || parsed.data.type !== 'tab-state') return;
    const { url, composers, sentAt } = parsed.data;
    show({
      ...shown,
      tabId,
      url,
      composers,
      ...(sentAt !== undefined ? { sentAt } : {}),
      updatedAt: Date.now(),
    });
  };
  // Connects to the tab's content script. A tab without one (not x.com, or reloading) closes the
  // port at once; the next stored state, which only a running content script causes, tries again.
  const connect = () => {
    if (port || stopped) return;
    try {
      const opened = browser.tabs.connect(tabId, { name: PANEL_PORT }) as unknown as LivePort;
      port = opened;
      opened.onMessage.addListener(fromContent);
      opened.onDisconnect.addListener(() => {
        forgetLastError();
        if (port === opened) port = undefined;
      });
    } catch {
      port = undefined;
    }
  };
  const unwatch = storage.watch(tabStateKey(tabId), (value) => {
    const parsed = tabStateSchema.safeParse(value);
    show(parsed.success ? parsed.data : null);
    if (parsed.success) connect();
  });
  connect();
  // A change seen while the first read was under way is newer than what that read returns.
  readTabState(tabId).then(
    (state) => {
      if (!changed) show(state);
    },
    () => {
      if (!changed && !stopped) failed();
    },
  );
  return () => {
    stopped = true;
    unwatch();
    port?.disconnect();
    port = undefined;
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
    () => {
      if (!stopped && !changed) callback(null);
    },
  );
  return () => {
    stopped = true;
    unwatch();
  };
}
