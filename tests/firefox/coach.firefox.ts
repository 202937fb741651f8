import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addonId, extensionOrigin, type FirefoxKvitter, launchFirefoxKvitter } from './harness';

const controlAddonDir = resolve(dirname(fileURLToPath(import.meta.url)), 'control-addon');

/**
 * The Firefox build in Firefox ESR, as a user meets it: the add-on installs, typing on x.com gives
 * hints in the coach page, a fix leaves exactly the expected draft, and nothing goes to the
 * network. The x.com pages are the Chromium suite's fixtures (real Draft.js), under X's CSP.
 */

const poll = { timeout: 30_000, interval: 100 };

/**
 * Clicks into composer `index` and types `text` as a person would, key by key. X keeps the page
 * (and its home box) under the compose modal: the composer in front is the last one.
 */
async function typeInto(page: Page, text: string, index = 0): Promise<void> {
  const selector = `[data-testid="tweetTextarea_${index}"]`;
  await page.waitForSelector(selector);
  const editor = (await page.$$(selector)).at(-1);
  await editor?.click();
  await page.keyboard.type(text);
}

/**
 * What the page's own scripts see of Kvitter's overlay: one element after the body, whose
 * (closed) shadow root they cannot open. Null while nothing is drawn.
 */
function overlaySeenByPage(page: Page): Promise<{ shadowRootReadable: boolean } | null> {
  return page.evaluate(() => {
    const host = document.body.nextElementSibling;
    return host ? { shadowRootReadable: host.shadowRoot !== null } : null;
  });
}

describe('Kvitter in Firefox', () => {
  let kvitter: FirefoxKvitter;
  let x: Page;
  let panel: Page;
  const composer = '[data-composer-id="home:0"]';
  const duplicateHashtag = `${composer} [data-rule-id="hashtag-format"][data-severity="warning"]`;

  beforeAll(async () => {
    kvitter = await launchFirefoxKvitter();
  });
  afterEach(async (context) => {
    // A failure is easier to read next to what the browser logged.
    if (context.task.result?.state !== 'fail' || !kvitter) return;
    const logged = [...(await kvitter.console.errors()), ...(await kvitter.console.warnings())];
    if (logged.length > 0) console.warn(`Logged in Firefox:\n${logged.join('\n')}`);
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('installs as a temporary add-on whose pages open at the profile’s UUID', async () => {
    const page = await kvitter.openExtensionPage('sidepanel.html');
    const runtime = await page.evaluate(() => {
      const { runtime } = (globalThis as unknown as { browser: typeof chrome }).browser;
      return { id: runtime.id, root: runtime.getURL('/'), version: runtime.getManifest().version };
    });
    expect(runtime).toEqual({ id: addonId, root: `${extensionOrigin}/`, version: expect.any(String) });
  });

  it('shows the hints of what is typed in a Draft.js composer in the coach page', async () => {
    x = await kvitter.openX('https://x.com/home');
    panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(x)}`);
    await x.bringToFront();
    await typeInto(x, 'Møte om nettverk i dag #nettverk #nettverk');

    await panel.waitForSelector(duplicateHashtag);
    // X counts this draft as 42 characters; the panel's meter follows the draft.
    await expect
      .poll(
        () =>
          panel.$eval(`${composer} [data-weighted-length]`, (e) => e.getAttribute('data-weighted-length')),
        poll,
      )
      .toBe('42');
    // Hints mean the engine was imported under X's CSP; the overlay is drawn, closed to the page.
    await expect.poll(() => overlaySeenByPage(x), poll).toEqual({ shadowRootReadable: false });
    // The page's resource timing does not show the import: x.com never learns Kvitter's UUID.
    const loaded = await x.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(loaded.filter((url) => !url.startsWith('https://x.com/'))).toEqual([]);
  });

  it('applies a fix from the coach page, leaving exactly the expected draft', async () => {
    await panel.click(`${duplicateHashtag} button.primary`);
    // Draft.js's own state, not the DOM: the fix went through the editor's input events.
    await expect
      .poll(() => x.evaluate(() => window.fixture.draftText()), poll)
      .toBe('Møte om nettverk i dag #nettverk');
    await expect.poll(() => panel.$$eval(duplicateHashtag, (hints) => hints.length), poll).toBe(0);
  });

  it('follows the draft key by key in the compose modal', async () => {
    const modal = await kvitter.openX('https://x.com/compose/post');
    const modalPanel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(modal)}`);
    const length = () =>
      modalPanel.$eval('[data-composer-id="modal:1"] [data-weighted-length]', (e) =>
        e.getAttribute('data-weighted-length'),
      );
    await modal.bringToFront();
    // X's modal starts with one part; its addButton (in the active part's toolbar) adds the next.
    await typeInto(modal, 'Første del', 0);
    const add = (await modal.$$('[data-testid="toolBar"] [data-testid="addButton"]')).at(-1);
    await add?.click();
    await modal.waitForSelector('[role="dialog"] [data-testid="tweetTextarea_1"]');
    await typeInto(modal, 'Hei', 1);
    await expect.poll(length, poll).toBe('3');
    await modal.keyboard.type(' på deg');
    await expect.poll(length, poll).toBe('10');
    expect(await modal.evaluate(() => window.fixture.draftText(1))).toBe('Hei på deg');
  });

  it('splits a long draft into a thread with X’s own add-post button, and undoes it', async () => {
    // A line break inside the first post: Draft.js holds it, whichever way the part is written.
    const draft = [
      'Tre ting vi har lært om nettverk i år:',
      'Det viktigste er å dele det du kan, svare dem som spør, og holde kontakten over tid. Ingen bygger et nettverk på én kveld, og ingen gjør det alene.',
      'Still spørsmål du selv vil vite svaret på. Vis fram andres arbeid, ikke bare ditt eget. Svar raskt når noen tar kontakt, også når svaret er nei. Og skriv kort, for lange innlegg blir ikke lest.',
    ].join('\n');
    const thread = await kvitter.openX('https://x.com/compose/post');
    const threadPanel = await kvitter.openExtensionPage(
      `sidepanel.html?tab=${await kvitter.tabIdOf(thread)}`,
    );
    await thread.bringToFront();
    await typeInto(thread, draft, 0);
    const parts = () =>
      threadPanel.$$eval('[data-thread-part]', (all) => all.map((part) => part.textContent));
    await expect.poll(async () => (await parts()).length, poll).toBeGreaterThanOrEqual(2);
    const expected = await parts();
    await threadPanel.click('[data-fix-kind="split-thread"]');
    // Draft.js's own state in each part, as X will post it.
    const texts = () =>
      thread.evaluate(
        (n) => Array.from({ length: n + 1 }, (_, i) => window.fixture.draftText(i)),
        expected.length,
      );
    await expect.poll(texts, poll).toEqual([...expected, '']);
    await threadPanel.waitForSelector('[data-fix-kind="undo-split"]');
    await threadPanel.click('[data-fix-kind="undo-split"]');
    await expect.poll(texts, poll).toEqual([draft, ...Array(expected.length).fill('')]);
  });

  it('makes no network request: the only requests are the fixtures’ answers to x.com', () => {
    const { requests, proxied } = kvitter.network;
    // The recorder saw the page load, so an empty list below means nothing else was asked.
    expect(requests.map((r) => r.url)).toContain('https://x.com/home');
    const elsewhere = requests.filter(
      (r) => r.outcome !== 'fixture' && !r.url.startsWith(`${extensionOrigin}/`),
    );
    expect(elsewhere).toEqual([]);
    // Nothing reached the proxy: not the background page, not the sidebar, not Firefox itself.
    expect(proxied).toEqual([]);
  });

  it('logs no error: not the content script, its pages, the background page nor the sidebar', async () => {
    const warnings = await kvitter.console.warnings();
    if (warnings.length > 0) console.warn(`Kvitter's warnings in Firefox:\n${warnings.join('\n')}`);
    expect(await kvitter.console.errors()).toEqual([]);
  });

  it('has recorders that see what they must (control)', async () => {
    const seen = (url: string) =>
      kvitter.network.requests.some((r) => r.url === url) ||
      kvitter.network.proxied.includes(`CONNECT ${new URL(url).host}:443`);
    // A tab's request to another host is recorded and refused.
    const blank = await kvitter.browser.newPage();
    await blank.evaluate(() => fetch('https://example.org/from-a-tab').catch(() => 'refused'));
    expect(kvitter.network.requests).toContainEqual(
      expect.objectContaining({ url: 'https://example.org/from-a-tab', outcome: 'refused' }),
    );
    // A background page's request, which BiDi does not report, reaches the proxy.
    await kvitter.browser.installExtension(controlAddonDir);
    await expect.poll(() => seen('https://example.org/from-a-background-page'), poll).toBe(true);
    // An uncaught error in one of Kvitter's pages is caught.
    const page = await kvitter.openExtensionPage('options.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('control error');
      });
    });
    await expect
      .poll(async () => (await kvitter.console.errors()).join('\n'), poll)
      .toContain('control error');
    // So is a script X's CSP blocks.
    const x = await kvitter.openX('https://x.com/home');
    await x.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0';
      document.head.append(script);
    });
    await expect
      .poll(async () => (await kvitter.console.errors()).join('\n'), poll)
      .toContain('blocked an inline script');
  });
});
