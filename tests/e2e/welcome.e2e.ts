import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Kvitter, launchKvitter } from './harness';

/** The stored strategy, as the background reads it. */
async function storedStrategy(kvitter: Kvitter) {
  return kvitter.serviceWorker?.evaluate(async () => {
    const { strategy } = await chrome.storage.sync.get('strategy');
    const local = await chrome.storage.local.get('strategy');
    return (strategy ?? local.strategy ?? null) as Record<string, unknown> | null;
  });
}

/** What has the keyboard focus: its tag, name, value and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('name') ?? '',
      value: element?.value ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
}

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Issue 16: the first five minutes of a new user. */
describe('the welcome page', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('opens by itself on a fresh install, once', async () => {
    const welcome = kvitter.welcome;
    expect(welcome?.url()).toBe(`chrome-extension://${kvitter.extensionId}/welcome.html`);
    await welcome?.locator('[data-page="welcome"]').waitFor();
    const tabs = await kvitter.serviceWorker?.evaluate(
      async () => (await chrome.tabs.query({})).filter((tab) => tab.url?.endsWith('/welcome.html')).length,
    );
    expect(tabs).toBe(1);
    // Nothing is saved until the user chooses: the default strategy is still in force.
    expect(await storedStrategy(kvitter)).toBeNull();
  });

  it('sets up the strategy with the keyboard alone, step by step', async () => {
    const page = kvitter.welcome as Page;
    await page.bringToFront();
    await page.locator('[data-step="language"]').waitFor();

    // Language: past the six steps of the stepper to the choice, then English, then Next.
    await press(page, 'Tab', 7);
    expect(await focused(page)).toMatchObject({ tag: 'input', name: 'uiLanguage', value: 'auto' });
    await press(page, 'ArrowDown', 3);
    await expect.poll(() => page.locator('main').getAttribute('lang')).toBe('en');
    await press(page, 'Tab', 2);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Next' });
    await press(page, 'Enter');

    // Who speaks: the step's heading has the focus; the business's own account, and its name.
    await page.locator('[data-step="speaker"]').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Who speaks?' });
    await press(page, 'Tab');
    expect(await focused(page)).toMatchObject({ name: 'accountType', value: 'personal' });
    await press(page, 'ArrowDown');
    await press(page, 'Tab');
    await page.keyboard.type('Kvitter AS, Kvitter');
    await press(page, 'Enter');

    // Starting point: the presets for a business account come first; the first is chosen.
    await page.locator('[data-step="preset"]').waitFor();
    await press(page, 'Tab');
    expect(await focused(page)).toMatchObject({ name: 'preset', value: '' });
    await press(page, 'ArrowDown');
    expect(await focused(page)).toMatchObject({ name: 'preset', value: 'company-official' });
    await press(page, 'Tab', 3);
    expect(await focused(page)).toMatchObject({ text: 'Next' });
    await press(page, 'Enter');

    // Audience and goals: two fields, then Next.
    await page.locator('[data-step="audience"]').waitFor();
    await press(page, 'Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Lærere i videregående');
    await press(page, 'Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Dele det vi lærer');
    await press(page, 'Tab', 3);
    expect(await focused(page)).toMatchObject({ text: 'Next' });
    await press(page, 'Enter');

    // Topics: typed, and Enter goes on.
    await page.locator('[data-step="topics"]').waitFor();
    await press(page, 'Tab');
    await page.keyboard.type('Skole, læring');
    await press(page, 'Enter');

    await page.locator('[data-step="ready"]').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Ready' });
    await expect
      .poll(() => storedStrategy(kvitter))
      .toMatchObject({
        uiLanguage: 'en',
        accountType: 'company',
        brandNames: ['Kvitter AS', 'Kvitter'],
        audience: 'Lærere i videregående',
        goals: 'Dele det vi lærer',
        topics: expect.arrayContaining([
          expect.objectContaining({ name: 'Produkter og tjenester' }),
          { name: 'Skole', keywords: ['Skole'] },
          { name: 'læring', keywords: ['læring'] },
        ]),
        // From the preset.
        avoidPhrases: expect.arrayContaining([expect.objectContaining({ phrase: 'verdensledende' })]),
      });
    // The way to the coach names the shortcut the browser has for it.
    expect(await page.locator('[data-step="ready"]').textContent()).toContain('Alt+Shift+K');
  });

  it('opens again from the popup', async () => {
    const popup = await kvitter.openExtensionPage('popup.html');
    const opened = kvitter.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Welcome page' }).click();
    const page = await opened;
    await page.waitForURL(/\/welcome\.html$/);
    await page.locator('[data-page="welcome"]').waitFor();
    await page.close();
  });
});
