import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Kvitter } from './harness';
import { kvitterForSuite } from './suite';
import { addPart, badgeOf, boxOf, inFront, intersects, type Spy, typeInto } from './x-helpers';

/**
 * Every composer X draws, in the markup X gives it in 2025–2026 (tests/e2e/fixtures/app, after
 * lib/x/README.md): the home box, the compose modal's thread (parts added with X's own
 * `addButton`, the Post button in the active part's toolbar), a reply, a quote, the inline reply
 * of a status page, the full-page compose route of narrow windows, and the phone's textarea.
 */
describe('X’s composers as X draws them', () => {
  let kvitter: Kvitter;
  let spy: Spy;
  kvitterForSuite(
    (launched, spied) => {
      kvitter = launched;
      spy = spied;
    },
    { clearEach: true },
  );

  /** Each composer Kvitter reports: id, kind, position and text. */
  const summary = async (page: Page) =>
    (await spy.composers(page)).map((c) =>
      c.status === 'ok' ? [c.id, c.kind, c.position, c.text] : [c.id, c.status],
    );
  const posts = async (page: Page) => (await spy.messages(page)).filter((m) => m.type === 'post-made');

  /** Where the toolbars of the thread in front are: the part each belongs to, and what it holds. */
  const toolbars = (page: Page) =>
    page.evaluate(() => {
      const scope = document.querySelector('[role="dialog"]') ?? document.querySelector('main');
      const editors = '[contenteditable="true"][data-testid^="tweetTextarea_"]';
      return [...(scope?.querySelectorAll('[data-testid="toolBar"]') ?? [])].map((bar) => {
        // The part root: the nearest ancestor holding an editor.
        const part = bar.parentElement?.closest(`:has(${editors})`);
        return {
          part: part?.querySelector(editors)?.getAttribute('data-testid'),
          add: bar.querySelector('[data-testid="addButton"]') !== null,
          post: bar.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]') !== null,
          remove: part?.querySelector('[aria-label="Remove post"]') !== null,
        };
      });
    });

  it('home box: the inline composer with its own Post button; addButton moves the draft into the modal', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Første del om #nettverk i dag');
    await expect.poll(() => summary(page)).toEqual([['home:0', 'post', 0, 'Første del om #nettverk i dag']]);
    expect(await toolbars(page)).toEqual([{ part: 'tweetTextarea_0', add: true, post: true, remove: false }]);

    // X never grows the home box: the draft moves into the compose modal, which adds a part.
    await addPart(page, 1);
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await page.keyboard.type('Andre del');
    await expect
      .poll(() => summary(page))
      .toEqual([
        ['home:0', 'post', 0, ''],
        ['modal:0', 'post', 0, 'Første del om #nettverk i dag'],
        ['modal:1', 'post', 1, 'Andre del'],
      ]);
    await inFront(page, '[data-testid="tweetButton"]').click();
    await expect
      .poll(() => posts(page))
      .toEqual([expect.objectContaining({ kind: 'post', hashtagCount: 1 })]);
    await page.close();
  });

  it('modal thread of three parts: each reported in its place, the Post button in the active part', async () => {
    const page = await kvitter.openX('https://x.com/compose/post');
    await typeInto(page, 'Første del om #nettverk i dag');
    await addPart(page, 1);
    await page.keyboard.type('Andre del skriv eg på #nynorsk her');
    await addPart(page, 2);
    await page.keyboard.type('Tredje og siste del');
    const thread = [
      ['modal:0', 'post', 0, 'Første del om #nettverk i dag'],
      ['modal:1', 'post', 1, 'Andre del skriv eg på #nynorsk her'],
      ['modal:2', 'post', 2, 'Tredje og siste del'],
    ];
    await expect.poll(async () => (await summary(page)).slice(1)).toEqual(thread);
    // One toolbar: the active part's, with addButton, the Post button and its remove button.
    expect(await toolbars(page)).toEqual([{ part: 'tweetTextarea_2', add: true, post: true, remove: true }]);

    // Focusing the first part moves the toolbar there (the first part has no remove button)...
    await inFront(page, '[data-testid="tweetTextarea_0"]').click();
    await expect
      .poll(() => toolbars(page))
      .toEqual([{ part: 'tweetTextarea_0', add: true, post: true, remove: false }]);
    // ...and addButton adds the new part after it: the parts after it move down one place.
    await addPart(page, 1);
    await expect
      .poll(async () => (await summary(page)).slice(1).map(([id, , , text]) => [id, text]))
      .toEqual([
        ['modal:0', thread[0]?.[3]],
        ['modal:1', ''],
        ['modal:2', thread[1]?.[3]],
        ['modal:3', thread[2]?.[3]],
      ]);
    await inFront(page, '[aria-label="Remove post"]').click();
    await expect.poll(async () => (await summary(page)).slice(1)).toEqual(thread);

    // Post all from the last part's toolbar: one post, with the whole thread's hashtags.
    await inFront(page, '[data-testid="tweetTextarea_2"]').click();
    await expect.poll(async () => (await toolbars(page))[0]?.part).toBe('tweetTextarea_2');
    await inFront(page, '[data-testid="toolBar"] [data-testid="tweetButton"]').click();
    await expect
      .poll(() => posts(page))
      .toEqual([expect.objectContaining({ kind: 'post', hashtagCount: 2 })]);
    await page.waitForTimeout(500);
    expect(await posts(page)).toHaveLength(1);
    await page.close();
  });

  it('reply modal: every part of the thread is a reply, and so is what is posted', async () => {
    const page = await kvitter.openX('https://x.com/compose/post?mode=reply');
    await typeInto(page, 'Takk, det var eit godt råd.');
    await addPart(page, 1);
    await page.keyboard.type('Og eitt til.');
    await expect
      .poll(async () => (await summary(page)).slice(1))
      .toEqual([
        ['modal:0', 'reply', 0, 'Takk, det var eit godt råd.'],
        ['modal:1', 'reply', 1, 'Og eitt til.'],
      ]);
    await inFront(page, '[data-testid="tweetButton"]').click();
    await expect.poll(() => posts(page)).toEqual([expect.objectContaining({ kind: 'reply' })]);
    await page.close();
  });

  it('quote modal: the part the quoted post is attached to is the quote', async () => {
    const page = await kvitter.openX('https://x.com/compose/post?mode=quote');
    await typeInto(page, 'Verdt å lese');
    await addPart(page, 1);
    await page.keyboard.type('Meir om dette i morgon');
    await expect
      .poll(async () => (await summary(page)).slice(1).map(([id, kind]) => [id, kind]))
      .toEqual([
        ['modal:0', 'quote'],
        ['modal:1', 'post'],
      ]);
    await page.close();
  });

  it('inline reply on a status page: a reply, its toolbar once focused; addButton moves it into the reply modal', async () => {
    const page = await kvitter.openX('https://x.com/kari/status/1234567890');
    await inFront(page, '[data-testid="tweetTextarea_0"]').waitFor();
    // Collapsed until someone writes in it.
    expect(await toolbars(page)).toEqual([]);
    await typeInto(page, 'Takk for tipset');
    await expect.poll(() => summary(page)).toEqual([['inline-reply:0', 'reply', 0, 'Takk for tipset']]);
    expect(await toolbars(page)).toEqual([{ part: 'tweetTextarea_0', add: true, post: true, remove: false }]);

    await addPart(page, 1);
    await page.keyboard.type('Ein del til');
    // The status page stays under the modal, its inline reply too: still an inline reply.
    await expect
      .poll(() => summary(page))
      .toEqual([
        ['inline-reply:0', 'reply', 0, ''],
        ['modal:0', 'reply', 0, 'Takk for tipset'],
        ['modal:1', 'reply', 1, 'Ein del til'],
      ]);
    await page.close();
  });

  it('inline reply: Post in its toolbar logs a reply', async () => {
    const page = await kvitter.openX('https://x.com/kari/status/1234567890');
    await typeInto(page, 'Statsforvaltaren skriv fint på nynorsk, sjå kontoen deira.');
    await expect.poll(async () => (await spy.composers(page))[0]?.status).toBe('ok');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => posts(page)).toEqual([expect.objectContaining({ kind: 'reply' })]);
    await page.close();
  });

  it.each([
    ['on the wrapper and the textarea', 'https://x.com/compose/post?layout=phone', 'post'],
    ['on the wrapper only', 'https://x.com/compose/post?layout=phone&variant=wrapper&mode=reply', 'reply'],
  ])(
    'phone: reads the textarea with the test id %s, once, and logs its post from the app bar',
    async (_, url, kind) => {
      const page = await kvitter.openX(url);
      await page.locator('textarea').click();
      await page.keyboard.type('Fra mobilen #a #b #c');
      await expect
        .poll(async () =>
          (await spy.composers(page)).map((c) => c.status === 'ok' && [c.id, c.surface, c.kind, c.text]),
        )
        .toEqual([['mobile:0', 'mobile', kind, 'Fra mobilen #a #b #c']]);
      // The badge hangs from the textarea (there is no RichTextInputContainer on phones): X's
      // toolbar starts right under it, so the badge sits in its bottom-right corner, clear of it.
      const textarea = await boxOf(page, 'textarea');
      const toolbar = await boxOf(page, '[data-testid="toolBar"]');
      await expect.poll(async () => (await badgeOf(page, 'mobile:0'))?.counts).toEqual({ warning: 1 });
      const badge = (await badgeOf(page, 'mobile:0')) as NonNullable<Awaited<ReturnType<typeof badgeOf>>>;
      expect(Math.round(textarea.right - badge.box.right)).toBe(0);
      expect(Math.round(toolbar.top - badge.box.bottom)).toBe(2);
      expect(intersects(badge.box, toolbar)).toBe(false);
      // X's Post button is in the app bar at the top, far from the textarea.
      await page.locator('[data-testid="tweetButton"]').click();
      await expect.poll(() => posts(page)).toEqual([expect.objectContaining({ kind, hashtagCount: 3 })]);
      await page.close();
    },
  );

  it('narrow window: /compose/post is a page of its own; a reply there is a reply, posted from the app bar', async () => {
    const page = await kvitter.openX('https://x.com/compose/post?layout=narrow&mode=reply');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    await typeInto(page, 'Godt poeng, takk!');
    await addPart(page, 1);
    await page.keyboard.type('Og ein ting til.');
    await expect
      .poll(() => summary(page))
      .toEqual([
        ['modal:0', 'reply', 0, 'Godt poeng, takk!'],
        ['modal:1', 'reply', 1, 'Og ein ting til.'],
      ]);
    // The parts' toolbars hold no Post button here: it is in the app bar.
    expect(await toolbars(page)).toEqual([{ part: 'tweetTextarea_1', add: true, post: false, remove: true }]);
    await page.locator('[data-testid="tweetButton"]').click();
    await expect.poll(() => posts(page)).toEqual([expect.objectContaining({ kind: 'reply' })]);
    await page.close();
  });
});
