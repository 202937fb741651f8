/**
 * Renders what users see — welcome page, side panel, popup, options page and the overlay on a
 * composer — to PNGs in tests/e2e/artifacts/, for a person to look at (`npm run screenshots`).
 * Not a test. `KVITTER_SCREENSHOT_LANG=nb` (or `nn`) renders them in that browser language.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildFixtures } from './build-fixtures';
import { type Kvitter, launchKvitter } from './harness';
import { scrollThrough } from './x-helpers';

const out = resolve(import.meta.dirname, 'artifacts');
const draft =
  'GRATULERER!!! Vi lanserer kampanjen i dag #Marketing #kampanje #Kampanje #lansering https://example.com/a/very/long/link';
/** Too long for one post: the side panel previews it as a thread. */
const longDraft = [
  'Vi har lært mye om nettverk i år. Det viktigste er å dele det du kan, svare dem som spør, og holde kontakten over tid. Ingen bygger et nettverk på én kveld.',
  'Noen tips: Still spørsmål du selv vil vite svaret på. Vis fram andres arbeid, ikke bare ditt eget. Svar raskt når noen tar kontakt, også når svaret er nei.',
  'Til slutt: Møt folk i virkeligheten også. En kaffe etter et seminar gir mer enn hundre likerklikk. Lykke til videre med ditt eget nettverk!',
].join('\n\n');

/** The welcome page's steps, in one colour scheme: the first step, the presets, the topics. */
async function welcomeShots(kvitter: Kvitter, scheme: 'light' | 'dark', when: 'new' | 'learned') {
  const steps = when === 'new' ? ['language', 'speaker', 'preset', 'ready'] : ['topics'];
  for (const step of steps) {
    const page = await kvitter.openExtensionPage(`welcome.html#${step}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.locator(`[data-step="${step}"]`).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/welcome-${step}-${scheme}.png`, fullPage: true });
    await page.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  await buildFixtures();
  // KVITTER_SCREENSHOT_LANG=nb (or nn) shows the pages as a browser in that language gets them.
  const locale = process.env.KVITTER_SCREENSHOT_LANG;
  const kvitter = await launchKvitter(locale ? { locale } : {});
  try {
    // The welcome page as a new user meets it, before anything is learned or chosen.
    for (const scheme of ['light', 'dark'] as const) await welcomeShots(kvitter, scheme, 'new');
    // The own profile read as she scrolls: the popup, options and welcome pages then propose topics.
    const profile = await kvitter.openX('https://x.com/kvitterdemo');
    await profile.locator('[data-testid="editProfileButton"]').waitFor();
    await scrollThrough(profile);
    await profile.close();
    for (const scheme of ['light', 'dark'] as const) await welcomeShots(kvitter, scheme, 'learned');
    // One topic accepted, so Listen in the popup and the side panel has something to search.
    const accept = await kvitter.openExtensionPage('popup.html');
    await accept.locator('[data-suggestion="topic"][data-value="nynorsk"] button').first().click();
    await accept.locator('[data-suggestion="topic"][data-value="nynorsk"]').waitFor({ state: 'detached' });
    await accept.close();
    for (const scheme of ['light', 'dark'] as const) {
      const page = await kvitter.openX('https://x.com/home');
      await page.emulateMedia({ colorScheme: scheme });
      // X keeps its own theme (Settings → Display), painted on the body; Kvitter follows that.
      if (scheme === 'dark') {
        await page.evaluate(() => {
          document.body.style.backgroundColor = 'rgb(0, 0, 0)';
          document.body.style.color = 'rgb(231, 233, 234)';
        });
      }
      const editor = page.locator('[data-testid="tweetTextarea_0"]');
      await editor.click();
      await page.keyboard.type(draft);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${out}/overlay-${scheme}.png` });

      const tabId = await kvitter.tabIdOf(page);
      const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.setViewportSize({ width: 360, height: 900 });
      await panel.waitForTimeout(700);
      await panel.screenshot({ path: `${out}/sidepanel-${scheme}.png`, fullPage: true });

      const popup = await kvitter.openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: `${out}/popup-${scheme}.png`, fullPage: true });

      const options = await kvitter.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.waitForTimeout(400);
      await options.screenshot({ path: `${out}/options-${scheme}.png`, fullPage: true });
      // Nobody writing: the panel's overview, with Listen.
      const idleX = await kvitter.openX('https://x.com/home');
      const idlePanel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(idleX)}`);
      await idlePanel.emulateMedia({ colorScheme: scheme });
      await idlePanel.setViewportSize({ width: 360, height: 900 });
      await idlePanel.locator('.listen').waitFor();
      await idlePanel.waitForTimeout(400);
      await idlePanel.screenshot({ path: `${out}/sidepanel-listen-${scheme}.png`, fullPage: true });
      for (const p of [page, panel, popup, options, idleX, idlePanel]) await p.close();
    }
    // A draft over the limit: the thread preview, then the thread made in X's composer.
    const page = await kvitter.openX('https://x.com/compose/post');
    const editor = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await editor.click();
    for (const [i, line] of longDraft.split('\n').entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.locator('[data-fix-kind="split-thread"]').waitFor();
    await panel.screenshot({ path: `${out}/sidepanel-thread.png`, fullPage: true });
    await panel.locator('[data-fix-kind="split-thread"]').click();
    await panel.locator('[data-fix-kind="undo-split"]').waitFor();
    await panel.waitForTimeout(400);
    await panel.screenshot({ path: `${out}/sidepanel-thread-done.png`, fullPage: true });
    await page.screenshot({ path: `${out}/thread-in-x.png` });
    await panel.close();
    await page.close();

    const idle = await kvitter.openExtensionPage('sidepanel.html');
    await idle.setViewportSize({ width: 360, height: 900 });
    await idle.waitForTimeout(500);
    await idle.screenshot({ path: `${out}/sidepanel-no-composer.png`, fullPage: true });
  } finally {
    await kvitter.close();
  }
  console.log(`screenshots in ${out}`);
}

await main();
