import { browser } from 'wxt/browser';
import { isXUrl } from '../core/hosts';

/** The slice of Chrome's sidePanel API Kvitter uses. */
export type SidePanelApi = {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  setOptions(options: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
};

/** The slice of Firefox's sidebarAction API Kvitter uses. */
export type SidebarActionApi = { open(): Promise<void> };

export type CoachApis = { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };

/** The browser's own APIs: Chrome has sidePanel, Firefox has sidebarAction. */
function browserCoachApis(): CoachApis {
  const chromeApi = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  const extension = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const sidePanel = chromeApi ?? extension.sidePanel;
  return {
    ...(typeof sidePanel?.open === 'function' ? { sidePanel } : {}),
    ...(typeof extension.sidebarAction?.open === 'function'
      ? { sidebarAction: extension.sidebarAction }
      : {}),
  };
}

/** The side panel page for one tab: the panel follows that tab (DESIGN: `?tab=<id>`). */
const panelPath = (tabId: number) => `sidepanel.html?tab=${tabId}`;

/** Opens and enables the coach; Chrome's side panel, else Firefox's sidebar. */
export class CoachOpener {
  private readonly enabledTabs = new Set<number>();

  constructor(private readonly apis: CoachApis = browserCoachApis()) {}

  /** The action button opens the popup (the profile checklist); the coach opens by command or link. */
  async setup(): Promise<void> {
    await this.apis.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  }

  /** Gives an x.com tab its own panel bound to it. Cheap to repeat: each tab is set up once. */
  enableForTab(tabId: number): void {
    if (!this.apis.sidePanel || this.enabledTabs.has(tabId)) return;
    this.enabledTabs.add(tabId);
    this.apis.sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true }).catch(() => {
      this.enabledTabs.delete(tabId);
    });
  }

  /** Forgets a closed tab. */
  forgetTab(tabId: number): void {
    this.enabledTabs.delete(tabId);
  }

  /**
   * Opens the coach. Must be called synchronously from the user's gesture (a command, a click
   * relayed by message): both browsers refuse to open panels later, so nothing is awaited first.
   */
  open(target: { tabId?: number; windowId?: number; tabUrl?: string }): Promise<void> {
    const { sidePanel, sidebarAction } = this.apis;
    if (sidePanel) {
      if (target.tabId !== undefined && (target.tabUrl === undefined || isXUrl(target.tabUrl))) {
        // Not awaited: calls reach the browser in order, and awaiting would lose the gesture.
        this.enableForTab(target.tabId);
        return sidePanel.open({ tabId: target.tabId });
      }
      if (target.windowId !== undefined) return sidePanel.open({ windowId: target.windowId });
      return Promise.reject(new Error('no tab or window to open the side panel in'));
    }
    if (sidebarAction) return sidebarAction.open();
    return Promise.reject(new Error('this browser has neither a side panel nor a sidebar'));
  }
}
