import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Kvitter } from './harness';
import { kvitterForSuite } from './suite';
import {
  type Box,
  badgeOf,
  boxOf,
  intersects,
  markBoxes,
  readOverlay,
  type Spy,
  typeaheadBox,
  typeInto,
  wordBox,
} from './x-helpers';

/**
 * What Kvitter draws beside X's own composer machinery: X's `@`/`#` typeahead, which it must
 * neither cover nor close nor steal keys from, and X's editor box, which scrolls.
 */
describe('drawing around X’s own composer machinery', () => {
  let kvitter: Kvitter;
  let spy: Spy;
  kvitterForSuite((launched, spied) => {
    kvitter = launched;
    spy = spied;
  });

  const reported = async (page: Page, id: string) => {
    const composer = (await spy.composers(page)).find((c) => c.id === id);
    return composer?.status === 'ok' ? composer.text : null;
  };
  const open = (page: Page) => page.evaluate(() => window.fixture.typeaheadOpen());
  const wrapper = '[data-testid="tweetTextarea_0RichTextInputContainer"]';

  it('leaves X’s typeahead uncovered and open, its keys working, and Ctrl+Enter still posting', async () => {
    const page = await kvitter.openX('https://x.com/home');
    const draft = 'Møte om nettverk i dag #nettverk #nettverk';
    await typeInto(page, draft);
    await expect.poll(async () => (await badgeOf(page, 'home:0'))?.counts).toEqual({ warning: 1 });
    // A pause, then the mention, typed within a second (before Kvitter's next look at the
    // theme): the hints stay the same, so only the list's arrival tells Kvitter to measure again.
    await page.waitForTimeout(1200);
    await page.keyboard.type(' @ka');
    await expect.poll(() => reported(page, 'home:0')).toBe(`${draft} @ka`);
    // Kvitter has seen the keystroke that opened the list, and drawn: the list is still open.
    expect(await open(page)).toBe(true);
    const list = (await typeaheadBox(page)) as Box;
    // X puts the list under the whole editor box, over its toolbar.
    const editor = await boxOf(page, wrapper);
    expect(list.top).toBeGreaterThanOrEqual(editor.bottom - 1);
    const overlay = await readOverlay(page);
    expect(overlay.marks.length).toBeGreaterThan(0);
    for (const mark of overlay.marks) expect(intersects(mark.box, list)).toBe(false);
    for (const badge of overlay.badges) expect(badge.hidden || !intersects(badge.box, list)).toBe(true);
    expect(await open(page)).toBe(true);

    // X's keys: ArrowDown to the second name, Enter picks it into the draft (Draft.js's own change).
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(`${draft} @karianne `);
    expect(await open(page)).toBe(false);
    await expect.poll(() => reported(page, 'home:0')).toBe(`${draft} @karianne `);
    await expect.poll(async () => (await badgeOf(page, 'home:0'))?.hidden).toBe(false);

    // Tab picks too, and Escape closes the list without touching the draft.
    await page.keyboard.type('og #nyn');
    await expect.poll(() => open(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(`${draft} @karianne og #nynorsk `);
    await page.keyboard.type('#os');
    await expect.poll(() => open(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await open(page)).toBe(false);
    expect(await page.evaluate(() => window.fixture.draftText())).toBe(`${draft} @karianne og #nynorsk #os`);

    // With the list open again, Ctrl+Enter posts: X keeps its send command there.
    await page.keyboard.type('l');
    await expect.poll(() => open(page)).toBe(true);
    await expect.poll(() => reported(page, 'home:0')).toBe(`${draft} @karianne og #nynorsk #osl`);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await spy.messages(page)).filter((m) => m.type === 'post-made'))
      .toEqual([expect.objectContaining({ kind: 'post' })]);
    await page.close();
  });

  it('marks nothing outside X’s scrolling editor box', async () => {
    const page = await kvitter.openX('https://x.com/home');
    // A duplicate hashtag on the first line (not at its end, where Enter would pick from X's
    // list), then more lines than X's box shows (30), short enough to stay one short post.
    const lines = ['Møte om #nettverk #nettverk her', ...Array.from({ length: 34 }, (_, i) => `${i + 1}`)];
    await typeInto(page, lines.join('\n'));
    await expect.poll(() => reported(page, 'home:0')).toBe(lines.join('\n'));
    const scroller = () =>
      page.evaluate((selector) => {
        const box = document.querySelector(selector) as HTMLElement;
        return { top: box.scrollTop, overflow: box.scrollHeight - box.clientHeight };
      }, wrapper);
    const scrollTo = (top: number) =>
      page.evaluate(
        ({ selector, top }) => {
          (document.querySelector(selector) as HTMLElement).scrollTop = top;
        },
        { selector: wrapper, top },
      );
    const allInside = async () => {
      const box = await boxOf(page, wrapper);
      return (await readOverlay(page)).marks.every(
        (mark) =>
          mark.box.left >= box.left - 0.5 &&
          mark.box.right <= box.right + 0.5 &&
          mark.box.top >= box.top - 0.5 &&
          mark.box.bottom <= box.bottom + 0.5,
      );
    };
    // Draft.js keeps the caret in view: the box has scrolled to the end, the first line out of it.
    const { top, overflow } = await scroller();
    expect(overflow).toBeGreaterThan(60);
    expect(top).toBeGreaterThan(0);
    await expect.poll(async () => (await markBoxes(page, 'warning')).length).toBe(0);
    expect(await allInside()).toBe(true);

    // Back at the top, the duplicate is marked, where it is.
    await scrollTo(0);
    await expect.poll(async () => (await markBoxes(page, 'warning')).length).toBe(1);
    const word = (await wordBox(page, '#nettverk', 0, 1)) as Box;
    const [mark] = await markBoxes(page, 'warning');
    expect(mark && intersects(mark, word)).toBe(true);
    expect(await allInside()).toBe(true);

    // Scrolled so the first line is cut in half by the box's top edge: so is its mark.
    const box = await boxOf(page, wrapper);
    await scrollTo(Math.round(word.top - box.top + (word.bottom - word.top) / 2));
    await expect
      .poll(async () => {
        const [cut] = await markBoxes(page, 'warning');
        return cut ? Math.round(cut.top - box.top) : null;
      })
      .toBe(0);
    const [cut] = await markBoxes(page, 'warning');
    expect((cut?.bottom ?? 0) - (cut?.top ?? 0)).toBeLessThan(word.bottom - word.top - 2);
    expect(await allInside()).toBe(true);
    await page.close();
  });
});
