import { describe, expect, it } from 'vitest';
import type { Kvitter } from './harness';
import { kvitterForSuite } from './suite';
import {
  addPart,
  badgeOf,
  intersects,
  markBoxes,
  readOverlay,
  type Spy,
  typeInto,
  wordBox,
} from './x-helpers';

/**
 * The content script on every composer surface, in Chromium with real Draft.js editors. What it
 * reports is read from a spy in the service worker (independent of how the side panel shows it).
 */
describe('live coaching on x.com', () => {
  let kvitter: Kvitter;
  let spy: Spy;
  kvitterForSuite(
    (launched, spied) => {
      kvitter = launched;
      spy = spied;
    },
    { clearEach: true },
  );

  it('analyses the home box as the user types and highlights the right words', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Møte om nettverk i dag #nettverk #nettverk');
    await expect
      .poll(async () => (await spy.composers(page))[0])
      .toMatchObject({
        status: 'ok',
        id: 'home:0',
        surface: 'home',
        kind: 'post',
        position: 0,
        text: 'Møte om nettverk i dag #nettverk #nettverk',
        report: { hints: expect.arrayContaining([expect.objectContaining({ ruleId: 'hashtag-format' })]) },
      });

    // The duplicate (second) hashtag is marked; the first one is not.
    const duplicate = await wordBox(page, '#nettverk', 0, 1);
    const first = await wordBox(page, '#nettverk', 0, 0);
    await expect.poll(async () => (await markBoxes(page, 'warning')).length).toBeGreaterThan(0);
    const boxes = await markBoxes(page, 'warning');
    expect(duplicate && boxes.some((box) => intersects(box, duplicate))).toBe(true);
    expect(first && boxes.some((box) => intersects(box, first))).toBe(false);

    // Nothing of Kvitter inside the editor; the badge under it counts the warning.
    const editorHtml = await page.locator('[data-testid="tweetTextarea_0"]').innerHTML();
    expect(editorHtml).not.toMatch(/kvitter|mark/i);
    await expect.poll(async () => (await badgeOf(page, 'home:0'))?.counts).toEqual({ warning: 1 });
    // One line, even at the right edge of the window, where it has no room to grow to the right.
    const badge = await badgeOf(page, 'home:0');
    expect(badge && badge.box.bottom - badge.box.top <= 22).toBe(true);

    // Typing after the hint, then deleting (Draft.js rewrites the text itself for a Backspace):
    // the highlight still covers exactly the duplicate hashtag.
    await page.keyboard.type(' og mer');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
    await expect
      .poll(() => page.evaluate(() => window.fixture.draftText()))
      .toBe('Møte om nettverk i dag #nettverk #nettverk og');
    const again = await wordBox(page, '#nettverk', 0, 1);
    await expect.poll(async () => (await markBoxes(page, 'warning')).length).toBe(1);
    expect(again && (await markBoxes(page, 'warning')).some((box) => intersects(box, again))).toBe(true);
    await page.close();
  });

  it('colours highlights for the theme X shows, and follows a switch without retyping', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Møte om nettverk #a #a');
    const lines = async () =>
      (await markBoxes(page, 'warning')).length > 0 &&
      (await readOverlay(page)).marks.map((mark) => mark.line);
    await expect.poll(lines).toEqual(['rgb(180, 100, 0)']);

    const themes: Array<[string, string]> = [
      ['rgb(21, 32, 43)', 'rgb(255, 200, 90)'],
      ['rgb(0, 0, 0)', 'rgb(255, 205, 80)'],
    ];
    for (const [i, [background, warningLine]] of themes.entries()) {
      await page.evaluate((colour) => {
        document.body.style.backgroundColor = colour;
      }, background);
      // Kvitter reads the theme at most once a second (a style read forces a recalculation).
      await page.waitForTimeout(1100);
      // Anything that gives Kvitter a frame (here the window resizing) picks up the new theme.
      await page.setViewportSize({ width: 1200 - 10 * (i + 1), height: 800 });
      await expect.poll(lines).toEqual([warningLine]);
    }
    expect(await page.evaluate(() => window.fixture.draftText())).toBe('Møte om nettverk #a #a');
    await page.close();
  });

  it('keeps the badge by the composer while the draft grows and the page scrolls, and opens the coach from it', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Møte om nettverk #a #b #c');
    await expect.poll(async () => (await badgeOf(page, 'home:0'))?.counts).toEqual({ warning: 1 });
    const offset = async () => {
      const composer = await page
        .locator('[data-testid="tweetTextarea_0RichTextInputContainer"]')
        .boundingBox();
      const own = (await badgeOf(page, 'home:0'))?.box;
      return composer && own ? Math.round(own.top - (composer.y + composer.height)) : null;
    };
    const before = await offset();
    const height = async () =>
      (await page.locator('[data-testid="tweetTextarea_0RichTextInputContainer"]').boundingBox())?.height;
    const oneLine = await height();
    // New lines grow the composer without changing a count: the badge moves down with it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ein ny linje');
    await expect.poll(height).toBeGreaterThan((oneLine ?? 0) + 20);
    await expect.poll(offset).toBe(before);
    // Room to scroll, as a real timeline gives.
    await page.evaluate(() => {
      const filler = document.createElement('div');
      filler.style.height = '3000px';
      document.body.append(filler);
      window.scrollBy(0, 40);
    });
    await expect.poll(offset).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(40);

    const badge = await badgeOf(page, 'home:0');
    if (!badge) throw new Error('no badge');
    await page.mouse.click((badge.box.left + badge.box.right) / 2, (badge.box.top + badge.box.bottom) / 2);
    await expect.poll(async () => (await spy.messages(page)).some((m) => m.type === 'open-coach')).toBe(true);
    await page.close();
  });

  it('reads both parts of a thread in the compose modal with their positions', async () => {
    const page = await kvitter.openX('https://x.com/compose/post');
    await typeInto(page, 'Første del av tråden', 0);
    // X's modal starts with one part; its addButton adds the next, which takes the focus.
    await addPart(page, 1);
    await page.keyboard.type('Andre del');
    // The home box stays under the modal, empty, with its own tweetTextarea_0.
    await expect
      .poll(async () =>
        (await spy.composers(page)).map((c) => c.status === 'ok' && [c.id, c.kind, c.position, c.text]),
      )
      .toEqual([
        ['home:0', 'post', 0, ''],
        ['modal:0', 'post', 0, 'Første del av tråden'],
        ['modal:1', 'post', 1, 'Andre del'],
      ]);
    await page.close();
  });

  it('knows a reply and a quote in the modal', async () => {
    for (const mode of ['reply', 'quote'] as const) {
      const page = await kvitter.openX(`https://x.com/compose/post?mode=${mode}`);
      await typeInto(page, 'Godt poeng');
      await expect
        .poll(async () => (await spy.composers(page)).find((c) => c.id === 'modal:0'))
        .toMatchObject({ id: 'modal:0', kind: mode, text: 'Godt poeng' });
      await page.close();
    }
  });

  it('treats the box under a post on its status page as an inline reply', async () => {
    const page = await kvitter.openX('https://x.com/kari/status/1234567890');
    await typeInto(page, 'Takk for tipset');
    await expect
      .poll(async () => (await spy.composers(page))[0])
      .toMatchObject({
        id: 'inline-reply:0',
        surface: 'inline-reply',
        kind: 'reply',
        text: 'Takk for tipset',
      });
    await page.close();
  });

  it('reads the mobile textarea', async () => {
    const page = await kvitter.openX('https://mobile.x.com/compose/post');
    await page.locator('textarea[data-testid="tweetTextarea_0"]').fill('Fra mobilen #a #b #c');
    await expect
      .poll(async () => (await spy.composers(page))[0])
      .toMatchObject({
        id: 'mobile:0',
        surface: 'mobile',
        text: 'Fra mobilen #a #b #c',
        report: { hints: expect.arrayContaining([expect.objectContaining({ ruleId: 'hashtag-count' })]) },
      });
    await page.close();
  });

  it('says so when a composer is on the page but cannot be read', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
    await page.evaluate(() => {
      // What a redesign of X's editor could look like: same test id, no Draft.js blocks.
      const editor = document.createElement('div');
      editor.contentEditable = 'true';
      editor.dataset.testid = 'tweetTextarea_1';
      editor.append(document.createElement('p'));
      editor.style.minHeight = '20px';
      document.querySelector('[data-testid="primaryColumn"]')?.append(editor);
    });
    // Someone tries to write in it.
    await page.locator('[data-testid="tweetTextarea_1"]').click();
    await expect
      .poll(async () => (await spy.composers(page)).find((c) => c.id === 'home:1'))
      .toMatchObject({ status: 'unreadable', reason: expect.stringContaining('tweetTextarea_1') });
    await page.close();
  });

  it('logs a post from the home box, with no text', async () => {
    const page = await kvitter.openX('https://x.com/home');
    await typeInto(page, 'Vi har lagt ut ein ny rapport om nynorsk i sosiale medium #nynorsk');
    await expect.poll(async () => (await spy.composers(page))[0]?.status).toBe('ok');
    // X's list of hashtags opened for '#nynorsk' and covers the page: Escape closes it, as people do.
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect
      .poll(async () => (await spy.messages(page)).filter((m) => m.type === 'post-made'))
      .toEqual([{ type: 'post-made', kind: 'post', language: 'nn', hashtagCount: 1 }]);
    await page.close();
  });

  it('logs a reply posted with Ctrl+Enter from the modal', async () => {
    const page = await kvitter.openX('https://x.com/compose/post?mode=reply');
    await typeInto(page, 'Det beste rådet var å lytte før en snakker.');
    await expect
      .poll(async () => (await spy.composers(page)).find((c) => c.id === 'modal:0'))
      .toMatchObject({ status: 'ok', text: 'Det beste rådet var å lytte før en snakker.' });
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await spy.messages(page)).filter((m) => m.type === 'post-made'))
      .toEqual([expect.objectContaining({ type: 'post-made', kind: 'reply', hashtagCount: 0 })]);
    await page.close();
  });

  it('tells the background once when the repost menu opens', async () => {
    const page = await kvitter.openX('https://x.com/kari/status/1234567890');
    // The opened post's Repost (the conversation under it has more).
    await page.locator('[data-testid="retweet"]').first().click();
    await page.locator('[data-testid="retweetConfirm"]').waitFor();
    await expect
      .poll(async () => (await spy.messages(page)).filter((m) => m.type === 'repost-menu-opened').length)
      .toBe(1);
    await page.waitForTimeout(300);
    expect((await spy.messages(page)).filter((m) => m.type === 'repost-menu-opened')).toHaveLength(1);
    await page.close();
  });

  it("scans the user's own profile and nobody else's", async () => {
    const other = await kvitter.openX('https://x.com/someone');
    await other.locator('[data-testid="UserName"]').waitFor();
    const own = await kvitter.openX('https://x.com/kvitterdemo');
    await expect
      .poll(async () => (await spy.messages(own)).find((m) => m.type === 'profile-scan'))
      .toMatchObject({
        scan: {
          handle: 'kvitterdemo',
          displayName: 'Kvitter Demo',
          hasDefaultAvatar: true,
          hasBanner: true,
          bio: null,
          location: 'Oslo',
          website: 'kvitter.no',
          verified: false,
          followingCount: 1234,
          followersCount: 5600,
        },
      });
    expect((await spy.messages(other)).some((m) => m.type === 'profile-scan')).toBe(false);
    await other.close();
    await own.close();
  });

  it('scans a new account’s own profile, where X offers "Set up profile" under the same test id', async () => {
    const own = await kvitter.openX('https://x.com/kvitterdemo?profile=new');
    await expect
      .poll(async () => (await spy.messages(own)).find((m) => m.type === 'profile-scan'))
      .toMatchObject({
        scan: { handle: 'kvitterdemo', hasDefaultAvatar: true, hasBanner: false, bio: null },
      });
    await own.close();
  });
});
