import { browser } from 'wxt/browser';
import type { ContentMessage } from './protocol';

/**
 * The live channel: how a tab's state travels on every keystroke. Everything else uses one-off
 * runtime messages.
 *
 * Why ports and one JSON string: `runtime.sendMessage` makes the browser convert the object
 * property by property and set up an answer, on the page's main thread, for every keystroke; one
 * string on an open port is a fraction of that (`npm run bench:e2e` lists what each post costs). The
 * receivers parse the string and check it with zod as they check every other message.
 *
 * Two ports per tab, both zod-free on the content script's side:
 * - `TAB_STATE_PORT`: content script → background, which stores the state for pages opened later;
 * - `PANEL_PORT`: side panel → the content script of the tab it follows, so a keystroke reaches
 *   the panel directly instead of through the background and storage.
 */
export const TAB_STATE_PORT = 'kvitter:tab-state';
export const PANEL_PORT = 'kvitter:panel';

export type TabStateMessage = Extract<ContentMessage, { type: 'tab-state' }>;

/** The parts of runtime.Port the channel uses (the polyfill's and Chrome's ports both fit). */
export type LivePort = {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number; windowId?: number; url?: string } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
  onDisconnect: { addListener(listener: () => void): void };
};

/** Reads and so clears the browser's "receiving end does not exist" note after a port closes. */
export const forgetLastError = () => void browser.runtime.lastError;

/**
 * How far the background's copy may trail the draft. It serves pages opened later (a panel that
 * connects gets the content script's last state at once anyway), and every post to the service
 * worker's port costs the page's main thread, so while the user types it is sent once typing
 * pauses for `backgroundQuietMs`, and at least every `backgroundMaxWaitMs`.
 */
export const backgroundQuietMs = 300;
export const backgroundMaxWaitMs = 2000;

/**
 * The content script's end. `post` sends a tab state to every side panel following this tab at
 * once, and to the background as described above (the first state at once, so the tab gets its
 * panel). A panel that connects later gets the last state at once. Never throws: an orphaned
 * content script (after an extension update) cannot connect, and the page must not care.
 */
export function openLiveChannel(now: () => number = () => performance.now()): {
  post(message: TabStateMessage): void;
  close(): void;
} {
  let background: LivePort | undefined;
  const panels = new Set<LivePort>();
  // The last state, serialised only when someone is to receive it: with no panel open, most
  // keystrokes send nothing at once.
  let last: TabStateMessage | undefined;
  let lastJson: string | undefined;
  const serialised = (): string | undefined => {
    if (last !== undefined) lastJson ??= JSON.stringify(last);
    return lastJson;
  };
  let sentToBackground = false;
  let unsent: { since: number; latest: number } | undefined;
  let timer = 0;

  const connectBackground = (): LivePort | undefined => {
    try {
      const port = browser.runtime.connect({ name: TAB_STATE_PORT }) as unknown as LivePort;
      // A worker that stopped closes the port; the next state opens a new one (and wakes it).
      port.onDisconnect.addListener(() => {
        forgetLastError();
        if (background === port) background = undefined;
      });
      return port;
    } catch {
      return undefined;
    }
  };

  const postTo = (port: LivePort, text: string): boolean => {
    try {
      port.postMessage(text);
      return true;
    } catch {
      return false;
    }
  };

  const toBackground = () => {
    unsent = undefined;
    const state = serialised();
    if (state === undefined) return;
    sentToBackground = true;
    background ??= connectBackground();
    // A port closed a moment ago throws on its first use: open a new one and try once more.
    if (background && !postTo(background, state)) {
      background = connectBackground();
      if (background) postTo(background, state);
    }
  };

  // One timer for a whole burst of typing, not one per keystroke: when it fires it either sends
  // or sleeps until the pause (or the longest wait) is due.
  const onTimer = () => {
    timer = 0;
    if (!unsent) return;
    const t = now();
    const due = Math.min(unsent.latest + backgroundQuietMs, unsent.since + backgroundMaxWaitMs);
    if (t >= due) toBackground();
    else timer = window.setTimeout(onTimer, due - t);
  };

  const onConnect = (port: LivePort) => {
    if (port.name !== PANEL_PORT || port.sender?.id !== browser.runtime.id) return;
    panels.add(port);
    port.onDisconnect.addListener(() => {
      forgetLastError();
      panels.delete(port);
    });
    const state = serialised();
    if (state !== undefined) postTo(port, state);
  };
  browser.runtime.onConnect.addListener(onConnect as never);

  return {
    post(message) {
      last = message;
      lastJson = undefined;
      for (const panel of panels) {
        const state = serialised();
        if (state !== undefined && !postTo(panel, state)) panels.delete(panel);
      }
      if (!sentToBackground) {
        toBackground();
        return;
      }
      const t = now();
      unsent = { since: unsent?.since ?? t, latest: t };
      if (timer === 0) timer = window.setTimeout(onTimer, backgroundQuietMs);
    },
    close() {
      clearTimeout(timer);
      browser.runtime.onConnect.removeListener(onConnect as never);
      background?.disconnect();
      for (const panel of panels) panel.disconnect();
      panels.clear();
      background = undefined;
    },
  };
}

/** Parses one JSON string from the live channel; undefined for anything that is not JSON text. */
export function parseLive(message: unknown): unknown {
  if (typeof message !== 'string') return undefined;
  try {
    return JSON.parse(message) as unknown;
  } catch {
    return undefined;
  }
}
