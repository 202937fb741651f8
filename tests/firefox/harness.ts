import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type Bidi, bidiOf, contextOf } from './bidi';
import { type ConsoleWatch, type LogEntry, recordBidiLog, watchConsole } from './console';
import { interceptRequests, type NetworkLog, type RecordedRequest, startRecordingProxy } from './network';
import { testPrefs } from './prefs';

const here = dirname(fileURLToPath(import.meta.url));
/** The Firefox build (`npm run build:firefox`). */
export const firefoxExtensionDir = resolve(here, '../../.output/firefox-mv2');
/** Debian's Firefox ESR by default; KVITTER_FIREFOX points elsewhere (puppeteer never downloads one). */
export const firefoxPath = process.env.KVITTER_FIREFOX ?? '/usr/bin/firefox-esr';

/** Kvitter's gecko id (wxt.config.ts). */
export const addonId = 'kvitter@kvitter.app';
/** The moz-extension UUID the profile gives Kvitter (random per install otherwise). */
export const extensionUuid = '0b7a1f3c-5d2e-4c6b-9a8f-7e1d2c3b4a50';
export const extensionOrigin = `moz-extension://${extensionUuid}`;

/** Generous: a loaded 2-core machine runs this, and Firefox starts slowly there. */
const timeout = 60_000;

export type FirefoxKvitter = {
  browser: Browser;
  /** Opens an x.com (or twitter.com, mobile.x.com) URL served from the fixtures. */
  openX: (url: string) => Promise<Page>;
  /** Opens one of Kvitter's pages in a tab, e.g. `sidepanel.html?tab=3`. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** The tab id of a page opened with openX, as the extension sees it (asked from one of Kvitter's pages). */
  tabIdOf: (page: Page) => Promise<number>;
  network: NetworkLog;
  console: ConsoleWatch;
  close: () => Promise<void>;
};

/**
 * Starts headless Firefox over WebDriver BiDi with a fresh profile, installs the Firefox build as
 * a temporary add-on, and records every request and every error (network.ts, console.ts).
 */
export async function launchFirefoxKvitter(): Promise<FirefoxKvitter> {
  const profile = mkdtempSync(join(tmpdir(), 'kvitter-firefox-'));
  const proxy = await startRecordingProxy();
  let browser: Browser | undefined;
  const close = async () => {
    try {
      await Promise.race([browser?.close(), new Promise((resolve) => setTimeout(resolve, timeout))]);
    } finally {
      // For a browser that did not quit when asked.
      const firefox = browser?.process();
      if (firefox && firefox.exitCode === null && firefox.signalCode === null) firefox.kill('SIGKILL');
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: firefoxPath,
      headless: true,
      userDataDir: profile,
      timeout,
      protocolTimeout: timeout * 2,
      // Lets BiDi open moz-extension:// pages in tabs and run script in the browser window.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: testPrefs({ proxyPort: proxy.port, addonId, uuid: extensionUuid }),
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    const bidi = bidiOf(browser);
    const requests: RecordedRequest[] = [];
    await interceptRequests(bidi, requests);
    const logEntries: LogEntry[] = [];
    recordBidiLog(bidi, logEntries);
    const chromeContext = await browserWindowContext(bidi);
    const consoleWatch = await watchConsole(bidi, chromeContext, logEntries, extensionOrigin);

    const installed = await browser.installExtension(firefoxExtensionDir);
    if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);

    let probe: Page | undefined;
    const openExtensionPage = async (path: string) => {
      const page = await newPage(browser as Browser);
      // Puppeteer's goto does not follow the switch to the extension process; BiDi's navigate does.
      await bidi.send('browsingContext.navigate', {
        context: contextOf(page),
        url: `${extensionOrigin}/${path}`,
        wait: 'complete',
      });
      return page;
    };
    return {
      browser,
      async openX(url) {
        const page = await newPage(browser as Browser);
        await page.goto(url, { waitUntil: 'load' });
        return page;
      },
      openExtensionPage,
      async tabIdOf(page) {
        // Asked from Kvitter's popup page, opened once and kept open: Firefox logs an error when a
        // page closes while it awaits an answer from the background, as a page just opened may.
        probe ??= await openExtensionPage('popup.html');
        // Several tabs may show the same URL: the newest one is the page just opened.
        const ids = await probe.evaluate(async (url: string) => {
          const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({
            url,
          });
          return tabs.map((tab) => tab.id ?? -1);
        }, page.url());
        const id = Math.max(...ids);
        if (!Number.isFinite(id) || id < 0) throw new Error(`No tab found for ${page.url()}`);
        return id;
      },
      network: { requests, proxied: proxy.proxied },
      console: consoleWatch,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout);
  return page;
}

/** The BiDi context of the browser window itself (chrome scope, allowed by --remote-allow-system-access). */
async function browserWindowContext(bidi: Bidi): Promise<string> {
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const windows = (result as { contexts: { context: string; url: string }[] }).contexts;
  const main = windows.find((w) => w.url === 'chrome://browser/content/browser.xhtml');
  if (!main) throw new Error('No browser window found in the chrome scope');
  return main.context;
}
