import type { Page } from 'playwright-core';
import twitterText from 'twitter-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { splitIntoThread, type ThreadNumbering } from '../../lib/thread/index';
import { type Kvitter, launchKvitter } from './harness';
import { inFront } from './x-helpers';

/**
 * Splitting a long draft into a thread from the side panel, in the fixtures' real Draft.js
 * composers: X's add-post button adds the parts, Draft.js's own state is read back
 * (`window.fixture.draftText`), and one undo brings the draft back.
 */

/** About 700 characters in three paragraphs; no line ends in a hashtag or mention (Enter would pick from X's list). */
const longDraft = [
  'Vi har lært mye om nettverk i år. Det viktigste er å dele det du kan, svare dem som spør, og holde kontakten over tid. Ingen bygger et nettverk på én kveld, og ingen gjør det alene.',
  'Noen tips: Still spørsmål du selv vil vite svaret på. Vis fram andres arbeid, ikke bare ditt eget. Svar raskt når noen tar kontakt, også når svaret er nei. Og skriv kort, for lange innlegg blir ikke lest.',
  'Til slutt: Møt folk i virkeligheten også. En kaffe etter et seminar gir mer enn hundre likerklikk. Takk til alle som har delt erfaringene sine med oss i år, og lykke til videre med ditt eget nettverk!',
].join('\n\n');

/** Links (23 each), emoji (2 each), a hashtag and a mention inside lines, numbers X must not see cut. */
const mixedDraft = [
  'Rapporten fra 17. mai er ute: https://example.com/rapporter/2026/nettverk-og-deling-i-norske-bedrifter 🎉 Den viser at 1 000 bedrifter bruker #nettverk aktivt, og at 3,5 % av dem har egne ambassadører.',
  'Takk til @kari for innspill underveis! Les også sammendraget på https://example.com/kort og si fra hva du mener 👇 Vi tar gjerne imot kommentarer fram til 1. juni, kl. 12.30, før neste utgave.',
  'Neste steg: flere intervjuer, mer data og en ny runde i høst. Følg med her, og del gjerne videre til dem som bør lese den 🙌 God helg!',
  'PS: Tallene for 2024–2025 står i vedlegg B. Spørsmål kan sendes til oss – eller ta dem i kommentarfeltet, så svarer vi der 👨‍👩‍👧 Vi leser alt, og vi svarer så fort vi kan, også i ferien.',
].join('\n');

describe('splitting a long draft into a thread', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  /** Types `text` into part 0 of the composer in front, line by line, as a person does. */
  async function typeDraft(page: Page, text: string): Promise<void> {
    const editor = inFront(page, '[data-testid="tweetTextarea_0"]');
    await editor.waitFor();
    await editor.click();
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.insertText(line);
    }
    await expect.poll(() => page.evaluate(() => window.fixture.draftText(0))).toBe(text);
  }

  /** The parts the preview shows: index, weighted length and text, as the panel's test hooks give them. */
  function previewParts(panel: Page) {
    return panel.locator('[data-thread-part]').evaluateAll((parts) =>
      parts.map((part) => ({
        index: Number(part.getAttribute('data-thread-part')),
        weightedLength: Number(part.getAttribute('data-weighted-length')),
        text: part.textContent,
      })),
    );
  }

  /** Every part of the thread in front, as Draft.js holds it, and how many editors the thread has. */
  async function threadInFront(page: Page): Promise<{ texts: string[]; editors: number }> {
    return page.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]');
      const editors =
        dialog?.querySelectorAll('[contenteditable="true"][data-testid^="tweetTextarea_"]').length ?? 0;
      return { texts: Array.from({ length: editors }, (_, i) => window.fixture.draftText(i)), editors };
    });
  }

  /** Sets the stored strategy, as the options page would. */
  async function storeStrategy(strategy: Strategy): Promise<void> {
    await kvitter.serviceWorker?.evaluate(
      (strategy) =>
        chrome.storage.sync.set({ strategy, strategy$: { v: strategy.version, savedAt: Date.now() } }),
      strategy,
    );
  }

  async function splitAndUndo(url: string, draft: string, numbering: ThreadNumbering): Promise<void> {
    const page = await kvitter.openX(url);
    const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
    await page.bringToFront();
    await typeDraft(page, draft);

    const expected = splitIntoThread(draft, { limit: 280, numbering });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // The preview is there before any click, under the length hint.
    await expect
      .poll(() => previewParts(panel))
      .toEqual(
        expected.map((part, index) => ({ index, weightedLength: part.weightedLength, text: part.text })),
      );
    expect(await panel.locator('[data-rule-id="length"] [data-thread-part]').count()).toBe(expected.length);
    expect(await panel.locator('[data-copy-part]').count()).toBe(0);

    await panel.locator('[data-fix-kind="split-thread"]').click();
    await expect
      .poll(() => threadInFront(page), { timeout: 15_000 })
      .toEqual({
        texts: expected.map((part) => part.text),
        editors: expected.length,
      });
    // Each part as X would post it, counted by twitter-text itself, is within the limit.
    for (const text of (await threadInFront(page)).texts) {
      expect(twitterText.parseTweet(text).weightedLength).toBeLessThanOrEqual(280);
    }
    // The panel now sees a thread of short parts: no more offer, and an undo.
    await expect.poll(() => panel.locator('[data-thread-part]').count()).toBe(0);
    await panel.locator('[data-fix-kind="undo-split"]').click();
    await expect.poll(() => threadInFront(page), { timeout: 15_000 }).toEqual({ texts: [draft], editors: 1 });
    await panel.locator('[data-split-state="undone"]').waitFor();
    await panel.close();
    await page.close();
  }

  it('splits a 700-character draft in the compose modal into exact parts, and undoes it', async () => {
    await splitAndUndo('https://x.com/compose/post', longDraft, 'none');
  });

  it('splits from the home box: X moves the draft into the modal, where the parts go', async () => {
    await splitAndUndo('https://x.com/home', longDraft, 'none');
  });

  it('keeps links, emoji, numbers and the numbering the user chose exact', async () => {
    await storeStrategy({ ...defaultStrategy, thread: { numbering: 'fraction', offerOverTarget: false } });
    try {
      await splitAndUndo('https://x.com/compose/post', mixedDraft, 'fraction');
    } finally {
      await storeStrategy(defaultStrategy);
    }
  });

  it.each([
    ['a reply in the modal', 'https://x.com/compose/post?mode=reply'],
    ['the inline reply of a status page', 'https://x.com/kari/status/1234567890'],
  ])('offers %s as parts to copy, and no split', async (_name, url) => {
    const page = await kvitter.openX(url);
    const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
    await page.bringToFront();
    await typeDraft(page, longDraft);
    const expected = splitIntoThread(longDraft, { limit: 280, numbering: 'none' });
    await expect.poll(() => panel.locator('[data-copy-part]').count()).toBe(expected.length);
    expect((await previewParts(panel)).map((part) => part.text)).toEqual(expected.map((part) => part.text));
    expect(await panel.locator('[data-fix-kind="split-thread"]').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
