import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { HintFix } from '../../lib/rules/types';
import type { Kvitter } from './harness';
import { kvitterForSuite } from './suite';
import { type Spy, typeInto } from './x-helpers';

/**
 * Quick fixes and typing with Kvitter loaded, checked against Draft.js's own editor state (the
 * fixture exposes `getPlainText`), not just against the DOM, which Draft.js may later overwrite.
 */
describe('changing the draft', () => {
  let kvitter: Kvitter;
  let spy: Spy;
  kvitterForSuite((launched, spied) => {
    kvitter = launched;
    spy = spied;
  });

  /** Sends the background's apply-fix command to the page's content script, as the background does. */
  async function applyFix(page: Page, composerId: string, fix: HintFix): Promise<unknown> {
    const tabId = await kvitter.tabIdOf(page);
    return kvitter.serviceWorker?.evaluate(({ tabId, command }) => chrome.tabs.sendMessage(tabId, command), {
      tabId,
      command: { type: 'apply-fix', composerId, fix },
    });
  }

  async function fixFor(page: Page, ruleId: string): Promise<HintFix> {
    let fix: HintFix | undefined;
    await expect
      .poll(async () => {
        const composer = (await spy.composers(page))[0];
        fix =
          composer?.status === 'ok' ? composer.report.hints.find((h) => h.ruleId === ruleId)?.fix : undefined;
        return fix;
      })
      .toBeDefined();
    return fix as HintFix;
  }

  it('removes a duplicate hashtag and leaves exactly the expected draft, caret after the fix', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Møte om nettverk i dag #nettverk #nettverk og mer');
    const fix = await fixFor(page, 'hashtag-format');
    expect(await applyFix(page, 'home:0', fix)).toEqual({ ok: true });
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(
      'Møte om nettverk i dag #nettverk og mer',
    );

    // The next keystroke lands where the fix was, not at the end of the draft.
    await page.keyboard.type('X');
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(
      'Møte om nettverk i dag #nettverkX og mer',
    );
    // And the hint is gone from the next report.
    await expect
      .poll(async () => {
        const composer = (await spy.composers(page))[0];
        return composer?.status === 'ok' && composer.report.hints.some((h) => h.ruleId === 'hashtag-format');
      })
      .toBe(false);
    await page.close();
  });

  it('replaces text in the middle of a later line', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Første linje\nAndre linje med feil ord her');
    const text = 'Første linje\nAndre linje med feil ord her';
    const start = text.indexOf('feil');
    const fix: HintFix = {
      label: { nb: 'Rett', nn: 'Rett', en: 'Correct' },
      range: { start, end: start + 4 },
      text: 'riktig',
    };
    await expect.poll(async () => (await spy.composers(page))[0]?.status).toBe('ok');
    expect(await applyFix(page, 'home:0', fix)).toEqual({ ok: true });
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(
      'Første linje\nAndre linje med riktig ord her',
    );
    await page.close();
  });

  it.each([
    ['Kundeservicen vår svarer i hele helgen', ' #kundeservice'],
    ['Kundeservicen vår svarer i hele helgen\n', '#kundeservice'],
  ])('appends at the end of the draft, as a hashtag suggestion does: %j', async (text, tag) => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, text);
    await expect.poll(async () => (await spy.composers(page))[0]).toMatchObject({ status: 'ok', text });
    const fix: HintFix = {
      label: { nb: 'Legg til', nn: 'Legg til', en: 'Add' },
      range: { start: text.length, end: text.length },
      text: tag,
    };
    expect(await applyFix(page, 'home:0', fix)).toEqual({ ok: true });
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(text + tag);
    await page.close();
  });

  it('refuses a fix for a composer that is not there, without touching the page', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Hei');
    const fix: HintFix = { label: { nb: 'a', nn: 'a', en: 'a' }, range: { start: 0, end: 1 }, text: 'h' };
    expect(await applyFix(page, 'modal:3', fix)).toMatchObject({ ok: false, errors: [{ path: '' }] });
    expect(await page.evaluate(() => window.fixture.draftText())).toBe('Hei');
    await page.close();
  });

  it('leaves 500 typed characters exactly as typed', async () => {
    const page = await kvitter.openX('https://x.com/home');
    const words = [
      'Hei',
      'ALLE',
      'sammen!!!',
      '#nettverk',
      '@kari',
      'https://kvitter.no',
      'æøå',
      'nynorsk',
      'ord.',
    ];
    let typed = '';
    for (let i = 0; typed.length < 500; i++)
      typed += `${words[(i * 7) % words.length]}${i % 23 === 22 ? '\n' : ' '}`;
    typed = typed.slice(0, 500);
    await typeInto(page, typed);
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(typed);
    // Kvitter saw the same text (and so highlighted the same places).
    await expect
      .poll(async () => (await spy.composers(page))[0])
      .toMatchObject({ status: 'ok', text: typed });
    await page.close();
  });
});
