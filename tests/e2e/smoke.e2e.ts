import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionDir, type Kvitter, launchKvitter } from './harness';
import { contentScriptWorld } from './x-helpers';

describe('the built extension in Chromium', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('starts its service worker', () => {
    expect(kvitter.extensionId).toMatch(/^[a-p]{32}$/);
    expect(kvitter.serviceWorker?.url()).toBe(`chrome-extension://${kvitter.extensionId}/background.js`);
  });

  it('runs the content script on an x.com URL with a real Draft.js composer', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
    await contentScriptWorld(page, kvitter.extensionId);
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type('Hei X!');
    expect(await page.evaluate(() => window.fixture.draftText())).toBe('Hei X!');
    await page.close();
  });

  it('renders the side panel, popup and options pages', async () => {
    for (const name of ['sidepanel', 'popup', 'options']) {
      const page = await kvitter.openExtensionPage(`${name}.html`);
      await expect.poll(() => page.locator('h1').first().textContent()).toContain('Kvitter');
      await page.close();
    }
  });

  it('names itself from _locales: Chrome fills in the manifest’s name, description and shortcut', async () => {
    const shown = await kvitter.serviceWorker?.evaluate(async () => ({
      language: chrome.i18n.getUILanguage(),
      name: chrome.i18n.getMessage('extensionName'),
      description: chrome.i18n.getMessage('extensionDescription'),
      manifest: chrome.runtime.getManifest(),
      shortcut: (await chrome.commands.getAll()).find((command) => command.name === 'open-coach'),
    }));
    const english = JSON.parse(readFileSync(`${extensionDir}/_locales/en/messages.json`, 'utf8'));
    expect(shown?.name).toBe('Kvitter');
    expect(shown?.manifest.name).toBe('Kvitter');
    expect(shown?.manifest.default_locale).toBe('en');
    expect(shown?.manifest.description).toBe(shown?.description);
    // Debian's Chromium ships its English UI only, so the texts are the default locale's.
    if (shown?.language.startsWith('en')) {
      expect(shown.description).toBe(english.extensionDescription.message);
      expect(shown.shortcut?.description).toBe(english.openCoachCommand.message);
    }
    expect(shown?.shortcut?.description).not.toMatch(/__MSG_/);
  });

  it('asks for no permission beyond storage, sidePanel and X hosts', async () => {
    const manifest = await kvitter.serviceWorker?.evaluate(() => chrome.runtime.getManifest());
    expect(manifest?.permissions?.sort()).toEqual(['sidePanel', 'storage']);
    expect(manifest?.host_permissions?.sort()).toEqual([
      'https://mobile.x.com/*',
      'https://twitter.com/*',
      'https://x.com/*',
    ]);
  });
});
