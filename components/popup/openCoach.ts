import { browser } from 'wxt/browser';
import type { PageClient } from '../client';

type SidebarAction = { open: () => Promise<void> };

/**
 * Opens the coach from a click in the popup. Both browsers insist on a user gesture, so this
 * must run synchronously inside the click handler: Chrome's side panel for the popup's window,
 * Firefox's sidebar. Elsewhere the background is asked ('open-coach'). Resolves false when the
 * coach could not be opened.
 */
export function openCoach(windowId: number | undefined, client: PageClient): Promise<boolean> {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  try {
    if (sidebarAction)
      return sidebarAction.open().then(
        () => true,
        () => false,
      );
    if (browser.sidePanel?.open && windowId !== undefined)
      return browser.sidePanel.open({ windowId }).then(
        () => true,
        () => false,
      );
  } catch {
    // A synchronous throw (API missing in this browser) is the same as a refusal.
  }
  return client.send({ type: 'open-coach', ...(windowId === undefined ? {} : { windowId }) }).then(
    (answer) => answer.ok,
    () => false,
  );
}
