import type { CDPSession, Locator, Page } from 'playwright-core';
import type { ComposerState, ContentMessage } from '../../lib/messaging/protocol';
import type { Kvitter } from './harness';

/**
 * Helpers for the content-script tests: a spy on what the content script tells the background
 * (installed in the service worker, beside the background's own listener), and the geometry of
 * highlights and words as the page shows them.
 */

declare global {
  var kvitterSpy: Array<{ tabId: number | undefined; message: ContentMessage }> | undefined;
}

export type Spy = {
  /** Every content message received so far from the page's tab, oldest first. */
  messages: (page: Page) => Promise<ContentMessage[]>;
  /** The composers of the last tab-state the page's tab sent. */
  composers: (page: Page) => Promise<ComposerState[]>;
  clear: () => Promise<void>;
};

/** Records every message the content script sends, per tab (the background keeps answering). */
export async function spyOnContent(kvitter: Kvitter): Promise<Spy> {
  const worker = kvitter.serviceWorker;
  if (!worker) throw new Error('No extension loaded');
  await worker.evaluate(() => {
    if (globalThis.kvitterSpy) return;
    globalThis.kvitterSpy = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (sender.tab) globalThis.kvitterSpy?.push({ tabId: sender.tab.id, message });
      return undefined;
    });
    // Tab states come over the live channel's port, as JSON text (lib/messaging/live.ts).
    chrome.runtime.onConnect.addListener((port) => {
      const tabId = port.sender?.tab?.id;
      if (port.name !== 'kvitter:tab-state' || tabId === undefined) return;
      port.onMessage.addListener((json) => {
        globalThis.kvitterSpy?.push({ tabId, message: JSON.parse(json) });
      });
    });
  });
  const messages = async (page: Page) => {
    const tabId = await kvitter.tabIdOf(page);
    return worker.evaluate(
      (tabId) => (globalThis.kvitterSpy ?? []).filter((e) => e.tabId === tabId).map((e) => e.message),
      tabId,
    );
  };
  return {
    messages,
    async composers(page) {
      // Only the last tab-state crosses over: after a long typing run there are hundreds.
      const tabId = await kvitter.tabIdOf(page);
      const last = await worker.evaluate((tabId) => {
        const states = (globalThis.kvitterSpy ?? []).filter(
          (e) => e.tabId === tabId && e.message.type === 'tab-state',
        );
        return states.at(-1)?.message ?? null;
      }, tabId);
      return last?.type === 'tab-state' ? last.composers : [];
    },
    async clear() {
      await worker.evaluate(() => {
        globalThis.kvitterSpy?.splice(0);
      });
    },
  };
}

export type Box = { left: number; top: number; right: number; bottom: number };

export type OverlayBadge = {
  composerId: string;
  box: Box;
  hidden: boolean;
  label: string;
  /** The count shown per severity (absent when zero). */
  counts: Partial<Record<string, number>>;
};

export type Overlay = {
  /** How many elements Kvitter added to the page outside its closed overlay (should be one at most). */
  hosts: number;
  badges: OverlayBadge[];
  /** Each highlight box, with the colour of its underline. */
  marks: Array<{ severity: string; box: Box; line: string }>;
};

type CdpNode = {
  nodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
};

const attribute = (node: CdpNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.indexOf(name);
  return at >= 0 && at % 2 === 0 ? list[at + 1] : undefined;
};

/**
 * What Kvitter draws over the page, read through the DevTools protocol: its overlay lives in a
 * closed shadow root, which no script of the page (and no Playwright locator) can open.
 */
export async function readOverlay(page: Page): Promise<Overlay> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const html = root.children?.find((node) => node.nodeName === 'HTML');
    const hosts = (html?.children ?? []).filter((node) =>
      node.shadowRoots?.some((s) => s.shadowRootType === 'closed'),
    );
    const found: CdpNode[] = [];
    const walk = (node: CdpNode) => {
      if (attribute(node, 'data-composer-id') !== undefined || attribute(node, 'data-severity') !== undefined)
        found.push(node);
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child);
    };
    for (const host of hosts) for (const shadow of host.shadowRoots ?? []) walk(shadow);
    const describe = async (node: CdpNode) => {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          const { left, top, right, bottom } = this.getBoundingClientRect();
          const counts = {};
          for (const item of this.querySelectorAll('[data-severity]')) counts[item.dataset.severity] = Number(item.textContent);
          const line = getComputedStyle(this).borderBottomColor;
          return { box: { left, top, right, bottom }, hidden: this.hidden, label: this.getAttribute('aria-label') ?? '', counts, line };
        }`,
      })) as {
        result: {
          value: { box: Box; hidden: boolean; label: string; counts: Record<string, number>; line: string };
        };
      };
      return result.value;
    };
    const badges: OverlayBadge[] = [];
    const marks: Overlay['marks'] = [];
    for (const node of found) {
      const composerId = attribute(node, 'data-composer-id');
      const described = await describe(node);
      const { line, ...badge } = described;
      if (composerId !== undefined) badges.push({ composerId, ...badge });
      else if ((attribute(node, 'class') ?? '').startsWith('mark'))
        marks.push({ severity: attribute(node, 'data-severity') ?? '', box: described.box, line });
    }
    const bodyIndex = (html?.children ?? []).findIndex((node) => node.nodeName === 'BODY');
    return { hosts: (html?.children ?? []).length - bodyIndex - 1, badges, marks };
  } finally {
    await cdp.detach();
  }
}

/** The badge of one composer, or undefined while none is drawn. */
export async function badgeOf(page: Page, composerId: string): Promise<OverlayBadge | undefined> {
  return (await readOverlay(page)).badges.find((badge) => badge.composerId === composerId);
}

/** The boxes Kvitter marks for a severity. */
export async function markBoxes(page: Page, severity: string): Promise<Box[]> {
  return (await readOverlay(page)).marks.filter((mark) => mark.severity === severity).map((mark) => mark.box);
}

/**
 * The element in front for a selector: X keeps the page under its compose modal, home box and
 * all (a second `tweetTextarea_0`, a second toolbar), and the modal in `#layers` comes after the
 * app in the document, so the one in front is the last.
 */
export function inFront(page: Page, selector: string): Locator {
  return page.locator(selector).last();
}

/** The box of the `occurrence`-th appearance of `word` in composer `index`'s rendered text (the one in front). */
export function wordBox(page: Page, word: string, index = 0, occurrence = 0): Promise<Box | null> {
  return page.evaluate(
    ({ word, index, occurrence }) => {
      const editor = [...document.querySelectorAll(`[data-testid="tweetTextarea_${index}"]`)].at(-1);
      if (!editor) return null;
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
          if (seen++ < occurrence) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + word.length);
          const { left, top, right, bottom } = range.getBoundingClientRect();
          return { left, top, right, bottom };
        }
      }
      return null;
    },
    { word, index, occurrence },
  );
}

/** True when two boxes overlap by more than a pixel's rounding. */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/**
 * Scrolls the page to its end as a reader does, a little at a time: slowly enough that every post
 * of a virtual list is on screen for a read by Kvitter (at most one a second).
 */
export async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < 120; step++) {
    const atEnd = await page.evaluate(
      () => innerHeight + scrollY >= document.documentElement.scrollHeight - 2,
    );
    if (atEnd) break;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(600);
  }
}

/** Clicks into composer `index` (the one in front) and types `text` as a person would, key by key. */
export async function typeInto(page: Page, text: string, index = 0): Promise<void> {
  const editor = inFront(page, `[data-testid="tweetTextarea_${index}"]`);
  await editor.waitFor();
  await editor.click();
  await page.keyboard.type(text);
}

/**
 * Adds a part to the thread in front with X's `addButton`, which only the active part's toolbar
 * shows; waits until part `expected` exists and has the focus, as X gives it.
 */
export async function addPart(page: Page, expected: number): Promise<void> {
  await inFront(page, '[data-testid="toolBar"] [data-testid="addButton"]').click();
  await page.waitForFunction(
    (expected) => document.activeElement?.closest(`[data-testid="tweetTextarea_${expected}"]`) != null,
    expected,
  );
}

/** The box of X's open typeahead list, or null while it is closed. */
export function typeaheadBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const list = document.querySelector('[role="listbox"][id^="typeaheadDropdownWrapped-"]');
    if (!list) return null;
    const { left, top, right, bottom } = list.getBoundingClientRect();
    return { left, top, right, bottom };
  });
}

/** The box of an element (the one in front), as the page lays it out. */
export async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await inFront(page, selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** The content script's isolated world in a page (Chromium gives each extension its own). */
export async function contentScriptWorld(
  page: Page,
  extensionId: string,
): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  type World = { id: number; origin: string; auxData?: { type?: string } };
  const worlds: World[] = [];
  const isOurs = (w: World) => w.auxData?.type === 'isolated' && w.origin.includes(extensionId);
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  for (let tries = 0; tries < 100 && !worlds.some((w) => isOurs(w)); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const world = worlds.find((w) => isOurs(w));
  if (!world) throw new Error('The content script did not start in this page');
  return { cdp, contextId: world.id };
}

/**
 * The value of `expression` in the content script's world, awaited when it is a promise: Kvitter's
 * meter, the engine's URL, whatever the page's own world cannot see.
 */
export async function valueInWorld<T>(
  world: { cdp: CDPSession; contextId: number },
  expression: string,
): Promise<T> {
  const { result } = await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    returnByValue: true,
    awaitPromise: true,
  });
  return result.value as T;
}

/**
 * Listens, from before the page's first script, to what is posted to the page's window, as
 * x.com's own message listeners would; `window.heard` keeps it (read it with `heardByPage`).
 * Draft.js posts strings to its own window (its setImmediate): those are the page's and left out.
 */
export async function listenAsThePage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') heard.push(event.data);
    });
  });
}

/** What `listenAsThePage` heard so far. */
export function heardByPage(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
}
