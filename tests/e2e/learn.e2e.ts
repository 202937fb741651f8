import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notHers, ownTexts } from './fixtures/app/own/posts';
import { type Kvitter, launchKvitter } from './harness';
import { scrollThrough, typeInto } from './x-helpers';

/** The proposals a page shows: `topic:value` and `hashtag:value`. */
function proposals(page: Page): Promise<string[]> {
  return page
    .locator('[data-suggestion]')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-suggestion')}:${item.getAttribute('data-value')}`),
    );
}

/** Every sentence of a post long enough to be recognised if it were stored. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 15);

/** Issue 16: topics learned from the user's own posts, proposed, and accepted into the strategy. */
describe('learning from the own profile', () => {
  let kvitter: Kvitter;
  beforeAll(async () => {
    kvitter = await launchKvitter();
  });
  afterAll(async () => {
    await kvitter?.close();
  });

  it('proposes the two subjects of her own posts, never what she reposted or quoted', async () => {
    const profile = await kvitter.openX('https://x.com/kvitterdemo');
    await profile.locator('[data-testid="editProfileButton"]').waitFor();
    // X's list keeps only the posts near the viewport: most are read only while scrolling past.
    expect(await profile.locator('article[data-testid="tweet"]').count()).toBeLessThan(8);
    await scrollThrough(profile);
    // Every one of her posts was read once, as it passed: the pinned one and the quoting one too.
    await expect
      .poll(() =>
        kvitter.serviceWorker?.evaluate(
          async () => ((await chrome.storage.local.get('learned')).learned as { counted: number })?.counted,
        ),
      )
      .toBe(ownTexts.length);

    const popup = await kvitter.openExtensionPage('popup.html');
    const topic = (value: string) => popup.locator(`[data-suggestion="topic"][data-value="${value}"]`);
    await topic('nynorsk').waitFor();
    await topic('kundeservice').waitFor();
    const shown = await proposals(popup);
    expect(shown).toEqual(expect.arrayContaining(['hashtag:#nynorsk', 'hashtag:#kundeservice']));
    expect(shown.filter((p) => /krypto|blokkjede/i.test(p))).toEqual([]);

    // All of them in the options page and the welcome page; the popup, short of room, shows the best.
    const all: string[][] = [];
    for (const path of ['options.html', 'welcome.html#topics']) {
      const page = await kvitter.openExtensionPage(path);
      await page.locator('[data-suggestion="topic"][data-value="nynorsk"]').waitFor();
      all.push(await proposals(page));
      await page.close();
    }
    expect(all[1]).toEqual(all[0]);
    expect(all[0]).toEqual(expect.arrayContaining(shown));
    expect(all[0]?.filter((p) => /krypto|blokkjede/i.test(p))).toEqual([]);
    await popup.close();
    await profile.close();
  });

  it('keeps no post text: only counts, in storage.local', async () => {
    const stored = await kvitter.serviceWorker?.evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.sync.get(null),
        await chrome.storage.session.get(null),
      ]),
    );
    expect(stored).toContain('"learned"');
    for (const text of [...ownTexts, ...Object.values(notHers)])
      for (const sentence of sentences(text)) expect(stored).not.toContain(sentence);
    // Not even a hashtag of what she only reposted.
    expect(stored).not.toMatch(/krypto/i);
  });

  it('an accepted proposal changes the off-topic hint of a draft in the side panel, without a reload', async () => {
    const page = await kvitter.openX('https://x.com/home');
    const panel = await kvitter.openExtensionPage(`sidepanel.html?tab=${await kvitter.tabIdOf(page)}`);
    await page.bringToFront();
    await typeInto(
      page,
      'Kundeservicen svarte raskt og hjelpsomt på spørsmålet mitt om fakturaen og leveringen',
    );
    const card = panel.locator('[data-composer-id="home:0"]');
    const offTopic = card.locator('[data-rule-id="off-topic"]');
    await card.locator('[data-weighted-length]').waitFor();
    // No topics yet: the rule has nothing to measure against.
    expect(await offTopic.count()).toBe(0);

    const popup = await kvitter.openExtensionPage('popup.html');
    const add = (value: string) =>
      popup
        .locator(`[data-suggestion="topic"][data-value="${value}"]`)
        .getByRole('button', { name: /Add|Legg til/ });
    // Nynorsk only: the draft about customer service is off-topic now.
    await add('nynorsk').click();
    await expect.poll(() => offTopic.count()).toBe(1);
    await expect.poll(() => popup.locator('[data-suggestion="topic"][data-value="nynorsk"]').count()).toBe(0);
    // Customer service too: it is on topic again.
    await add('kundeservice').click();
    await expect.poll(() => offTopic.count()).toBe(0);
    await expect.poll(() => card.locator('[data-topic="kundeservice"]').count()).toBe(1);
    // Undo takes the last one out again.
    await popup.getByRole('button', { name: /^(Undo|Angre)$/ }).click();
    await expect.poll(() => offTopic.count()).toBe(1);
    for (const p of [popup, panel, page]) await p.close();
  });
});
