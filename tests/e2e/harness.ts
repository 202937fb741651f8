import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { fixtureResponse, xUrl } from './fixture-server';

const here = dirname(fileURLToPath(import.meta.url));
export const extensionDir = resolve(here, '../../.output/chrome-mv3');
/** Debian's Chromium by default; KVITTER_CHROMIUM points elsewhere (Playwright cannot download browsers here). */
export const chromiumPath = process.env.KVITTER_CHROMIUM ?? '/usr/bin/chromium';

export type Kvitter = {
  context: BrowserContext;
  /** Empty when launched without the extension (baseline runs in benchmarks). */
  extensionId: string;
  serviceWorker: Worker | null;
  /** The welcome page the extension opened by itself on install (null without the extension, or if it never came). */
  welcome: Page | null;
  /** Opens an x.com (or twitter.com, mobile.x.com) URL served from the fixtures. */
  openX: (url: string) => Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens one of the extension's pages, e.g. `sidepanel.html?tab=3`. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
};

/** Answers a request to X's hosts from the fixtures (fixture-server.ts). */
async function serveFixture(route: Route, isolated: boolean): Promise<void> {
  const { status, headers, body } = fixtureResponse(route.request().url(), { isolated });
  return route.fulfill({ status, headers, body });
}

/** The tab showing the welcome page, once the extension has opened it (null after `timeoutMs`). */
async function welcomePage(context: BrowserContext, timeoutMs = 10_000): Promise<Page | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Starts headless Chromium with the built extension loaded, every x.com URL answered from the
 * fixtures and every other request refused (so a stray request shows up as a failure, not a hang).
 */
export async function launchKvitter(
  options: { extension?: boolean; crossOriginIsolated?: boolean; locale?: string } = {},
): Promise<Kvitter> {
  const withExtension = options.extension ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'kvitter-e2e-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension)
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: options.locale ? [...args, `--lang=${options.locale}`] : args,
    viewport: { width: 1200, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  await context.route(xUrl, (route) => serveFixture(route, options.crossOriginIsolated ?? false));

  let serviceWorker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }
  // A fresh profile is an install: Kvitter opens its welcome page by itself. Waiting for it here
  // means it opens before any page a test opens, never in the middle of a test.
  const welcome = withExtension ? await welcomePage(context) : null;

  return {
    context,
    extensionId,
    serviceWorker,
    welcome,
    async openX(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async tabIdOf(page) {
      if (!serviceWorker) throw new Error('No extension loaded');
      // Several tabs may show the same URL: the newest one is the page just opened.
      const ids = await serviceWorker.evaluate(async (url: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.filter((tab) => tab.url === url).map((tab) => tab.id ?? -1);
      }, page.url());
      const id = Math.max(...ids);
      if (!Number.isFinite(id) || id < 0) throw new Error(`No tab found for ${page.url()}`);
      return id;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
