import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kvitter, launchKvitter } from './harness';
import {
  badgeOf,
  contentScriptWorld,
  heardByPage,
  listenAsThePage,
  readOverlay,
  spyOnContent,
  typeInto,
  valueInWorld,
} from './x-helpers';

/** The engine bundle's URL as the content script in `page` imports it (lib/x/engine.ts). */
async function engineUrl(page: Page, extensionId: string): Promise<string> {
  const world = await contentScriptWorld(page, extensionId);
  const url = await valueInWorld<string>(world, "chrome.runtime.getURL('/engine.js')");
  await world.cdp.detach();
  return url;
}

/** The fixtures visited in turn, without page loads (x.com is a single-page app). */
const route = [
  '/home',
  '/compose/post',
  '/kari/status/1234567890',
  '/kvitterdemo',
  '/compose/post?mode=reply',
  '/someone',
];

/**
 * Counts live objects whose prototype is `prototype` (an expression) in one JavaScript world,
 * after a full garbage collection: what a heap snapshot would show, without taking one.
 */
async function liveObjects(cdp: CDPSession, contextId: number, prototype: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototype, contextId });
  if (!result.objectId) throw new Error(`No object for ${prototype}`);
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return length.value as number;
}

/** Event listeners on window and document, from every world (page and content script). */
async function listenerCount(cdp: CDPSession, contextId: number): Promise<number> {
  let total = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
    if (!result.objectId) continue;
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    total += listeners.length;
  }
  return total;
}

describe('the content script over a long session', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('keeps exactly one observer and no extra listeners after 50 in-app navigations', async () => {
    const spy = await spyOnContent(kvitter);
    const page = await kvitter.openX('https://x.com/home');
    const { cdp, contextId } = await contentScriptWorld(page, kvitter.extensionId);

    const navigate = async (path: string) => {
      await page.evaluate((path) => window.fixture.navigate(path), path);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20))),
      );
    };
    // One full round first, so every page has been rendered once (React and the fixture settle).
    for (const path of route) await navigate(path);
    const observersBefore = await liveObjects(cdp, contextId, 'MutationObserver.prototype');
    const listenersBefore = await listenerCount(cdp, contextId);

    for (let i = 0; i < 50; i++) await navigate(route[i % route.length] ?? '/home');
    await navigate('/home');

    // Two observers, made once: the editors someone writes in, and X's modal layer.
    expect(observersBefore).toBe(2);
    expect(await liveObjects(cdp, contextId, 'MutationObserver.prototype')).toBe(2);
    expect(await listenerCount(cdp, contextId)).toBe(listenersBefore);
    expect((await readOverlay(page)).hosts).toBe(0);

    // Still coaching after all that: the home box is read and reported.
    await typeInto(page, 'Fortsatt her');
    await expect
      .poll(async () => (await spy.composers(page))[0])
      .toMatchObject({ id: 'home:0', text: 'Fortsatt her' });
    await page.close();
  });

  it('makes no network request of its own', async () => {
    const requests = async (extension: boolean) => {
      const session = extension ? kvitter : await launchKvitter({ extension: false });
      const seen: string[] = [];
      const engines: string[] = [];
      session.context.on('request', (request) => seen.push(request.url()));
      for (const url of [
        'https://x.com/home',
        'https://x.com/compose/post?mode=quote',
        'https://x.com/kvitterdemo',
      ]) {
        const page = await session.openX(url);
        await page.locator('#react-root > *').first().waitFor();
        if (url.endsWith('home')) await typeInto(page, 'Hei #nettverk #nettverk https://kvitter.no');
        await page.waitForTimeout(500);
        if (extension) engines.push(await engineUrl(page, kvitter.extensionId));
        await page.close();
      }
      if (!extension) await session.close();
      return { seen, engines };
    };
    const baseline = new Set((await requests(false)).seen);
    const { seen, engines } = await requests(true);
    const own = `chrome-extension://${kvitter.extensionId}/`;
    // Everything Kvitter's session fetched, the fixture page fetched without Kvitter too, or it is
    // one of the extension's own packaged files: the engine bundle, which Chrome serves under a
    // per-session id (use_dynamic_url) before its own, and nothing else.
    const allowed = (url: string) => baseline.has(url) || url.startsWith(own) || engines.includes(url);
    expect(seen.filter((url) => !allowed(url))).toEqual([]);
    expect(engines.every((url) => url.endsWith('/engine.js') && !url.startsWith(own))).toBe(true);
    // The service worker's own fetches are not page requests: ask its resource timeline.
    const workerFetches = await kvitter.serviceWorker?.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect((workerFetches ?? []).filter((url) => !url.startsWith(own))).toEqual([]);
  });

  it('loads its analysis engine only once someone writes, at a URL x.com cannot probe', async () => {
    const fetched: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      if (request.url().endsWith('/engine.js')) fetched.push(request.url());
    };
    kvitter.context.on('request', onRequest);
    try {
      // Reading: the home timeline with its empty box, and a profile.
      const page = await kvitter.openX('https://x.com/home');
      await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
      for (const path of ['/kvitterdemo', '/home']) {
        await page.evaluate((path) => window.fixture.navigate(path), path);
      }
      await page.waitForTimeout(1000);
      expect(fetched).toEqual([]);
      // Writing: clicking into the box loads it, once, and the first words get their hints.
      const spy = await spyOnContent(kvitter);
      await typeInto(page, 'Gratulerer!!!');
      await expect
        .poll(async () => (await spy.composers(page))[0])
        .toMatchObject({
          text: 'Gratulerer!!!',
          report: { hints: expect.arrayContaining([expect.anything()]) },
        });
      const url = await engineUrl(page, kvitter.extensionId);
      expect(fetched.filter((u) => u === url)).toHaveLength(1);
      // The page itself is refused the file under the extension's real id, and never sees the URL.
      const probe = await page.evaluate(async (static_) => {
        const seen = performance
          .getEntriesByType('resource')
          .some((entry) => entry.name.includes('engine.js'));
        try {
          await fetch(static_);
          return { fetched: true, seen };
        } catch {
          return { fetched: false, seen };
        }
      }, `chrome-extension://${kvitter.extensionId}/engine.js`);
      expect(probe).toEqual({ fetched: false, seen: false });
      await page.close();
    } finally {
      kvitter.context.off('request', onRequest);
    }
  });

  it('posts nothing to the page: x.com’s own message listeners never hear from Kvitter', async () => {
    const page = await kvitter.context.newPage();
    await listenAsThePage(page);
    await page.goto('https://x.com/home');
    // A duplicate hashtag: a warning on the badge shows the analysis has loaded and run.
    await typeInto(page, 'Møte om nettverk #nettverk #nettverk');
    await expect.poll(async () => (await badgeOf(page, 'home:0'))?.counts).toEqual({ warning: 1 });
    expect(await heardByPage(page)).toEqual([]);
    await page.close();
  });
});

describe('an extension update', () => {
  it('stops the old content script cleanly: no highlights or badges left, the draft untouched', async () => {
    const kvitter = await launchKvitter();
    try {
      const page = await kvitter.openX('https://x.com/home');
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await typeInto(page, 'Møte om nettverk #a #a');
      await expect.poll(async () => (await readOverlay(page)).marks.length).toBeGreaterThan(0);

      // What an update does to a running content script: its extension context goes away.
      await kvitter.serviceWorker?.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      await page.keyboard.type(' mer');
      await expect.poll(async () => (await readOverlay(page)).hosts).toBe(0);
      expect(await page.evaluate(() => window.fixture.draftText())).toBe('Møte om nettverk #a #a mer');
      expect(errors).toEqual([]);
    } finally {
      await kvitter.close();
    }
  });
});
