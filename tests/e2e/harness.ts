import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from 'playwright-core';
import { fixtureRoutes } from './fixtures/routes';

const here = dirname(fileURLToPath(import.meta.url));
export const extensionDir = resolve(here, '../../.output/chrome-mv3');
const pagesDir = resolve(here, 'fixtures/pages');
const buildDir = resolve(here, '.build');

/** Debian's Chromium by default; KVITTER_CHROMIUM points elsewhere (Playwright cannot download browsers here). */
export const chromiumPath = process.env.KVITTER_CHROMIUM ?? '/usr/bin/chromium';

/** Every host Kvitter matches; all of them are answered from fixtures, never the network. */
const xUrl = /^https:\/\/(x\.com|twitter\.com|mobile\.x\.com)\//;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type Kvitter = {
  context: BrowserContext;
  /** Empty when launched without the extension (baseline runs in benchmarks). */
  extensionId: string;
  serviceWorker: Worker | null;
  /** Opens an x.com (or twitter.com, mobile.x.com) URL served from the fixtures. */
  openX: (url: string) => Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf: (page: Page) => Promise<number>;
  /** Opens one of the extension's pages, e.g. `sidepanel.html?tab=3`. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
};

/**
 * Headers that make a fixture page cross-origin isolated. The keystroke benchmark uses them: an
 * isolated page's performance.now() (the content script's too) ticks in 5 µs steps instead of
 * 100 µs, fine enough to meter work that takes a fraction of a millisecond.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A strict Content-Security-Policy of the kind x.com sends, on every fixture page: scripts only
 * from the page's own origin, no eval, nothing fetched elsewhere; styles inline, as React Native
 * Web (which X is built with) injects them. What Kvitter adds to the page, and the engine its
 * content script imports, must work under it.
 */
const xContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

async function serveFixture(route: Route, isolated: boolean): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith('/__fixture__/')) {
    const file = join(buildDir, url.pathname.slice('/__fixture__/'.length));
    return route.fulfill({ body: readFileSync(file), contentType: contentTypes[extname(file)] });
  }
  const match = fixtureRoutes.find((r) => r.pattern.test(url.pathname));
  if (!match) return route.fulfill({ status: 404, body: `No fixture for ${url.pathname}` });
  return route.fulfill({
    body: readFileSync(join(pagesDir, match.page)),
    headers: {
      'Content-Type': contentTypes['.html'] as string,
      'Content-Security-Policy': xContentSecurityPolicy,
      ...(isolated ? isolationHeaders : {}),
    },
  });
}

/**
 * Starts headless Chromium with the built extension loaded, every x.com URL answered from the
 * fixtures and every other request refused (so a stray request shows up as a failure, not a hang).
 */
export async function launchKvitter(
  options: { extension?: boolean; crossOriginIsolated?: boolean } = {},
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
    args,
    viewport: { width: 1200, height: 800 },
  });
  await context.route(xUrl, (route) => serveFixture(route, options.crossOriginIsolated ?? false));

  let serviceWorker: Worker | null = null;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }

  return {
    context,
    extensionId,
    serviceWorker,
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
