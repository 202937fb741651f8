/**
 * One pass of the scroll benchmark (scroll.bench.ts): opens the live home timeline
 * (x.com/home?timeline=live), gets it into the state the pass reads it in, and scrolls it by
 * itself for a few seconds with the page's renderer under V8's sampling profiler.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Kvitter } from '../e2e/harness';
import { badgeOf, readOverlay, typeInto } from '../e2e/x-helpers';
import { type Attribution, attribute, longTasks, startProfiler } from './profile';

export const liveHomeUrl = 'https://x.com/home?timeline=live';

/**
 * - `long`: from six screens above the end of the loaded posts, straight down at a steady speed:
 *   posts mount at the bottom and drop at the top, and the next pages stream in. The home box is
 *   far above, out of view.
 * - `band`: up and down near the top, over the distance that keeps the lower part of the home box
 *   (its last lines and the badge beside them) in view under X's sticky header.
 */
export type ScrollPattern = 'long' | 'band';

/** A draft with highlights (the repeated hashtag) and a badge, on four lines so the box is tall. */
export const draftText =
  'Hei #a #a #b #c\nDette er et utkast jeg skriver mens jeg leser tidslinjen.\nTakk til alle som kom i går!\nMer kommer snart.';

export type PassOptions = {
  pattern: ScrollPattern;
  /** Type `draftText` into the home box first, then click elsewhere, so the box holds it unfocused. */
  draft: boolean;
  seconds: number;
  /** Speed of the `long` pattern, px/s. */
  speed: number;
};

export type PassResult = {
  profile: Attribution;
  longTasks: number[];
  /** Mutation records under `body` while scrolling (the page's own MutationObserver). */
  mutations: { records: number; textChanges: number; nodesAdded: number; nodesRemoved: number };
  /** The page at the end: elements in the document, posts in the DOM, elements per post, posts loaded. */
  dom: { elements: number; cells: number; perPost: number; loaded: number };
  /** Distance scrolled (px), down and up. */
  scrolled: number;
  /** How deep the band scroll goes (px from the top), 0 for the long one. */
  band: number;
};

/**
 * Counts what changes under `body`, in the page's world: the fixture's mutation rate. Installed in
 * every pass, Kvitter's or not, so its small cost weighs on both sides of a comparison.
 */
const countMutations = `(() => {
  const counts = { records: 0, textChanges: 0, nodesAdded: 0, nodesRemoved: 0 };
  window.kvitterBenchMutations = counts;
  new MutationObserver((records) => {
    counts.records += records.length;
    for (const record of records) {
      if (record.type === 'characterData') counts.textChanges += 1;
      counts.nodesAdded += record.addedNodes.length;
      counts.nodesRemoved += record.removedNodes.length;
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;

const domFigures = `(() => {
  const posts = [...document.querySelectorAll('article[data-testid="tweet"]')];
  const inPosts = posts.reduce((sum, post) => sum + post.querySelectorAll('*').length + 1, 0);
  return {
    elements: document.querySelectorAll('*').length,
    cells: document.querySelectorAll('[data-testid="cellInnerDiv"]').length,
    perPost: posts.length ? inPosts / posts.length : 0,
    loaded: Number(document.querySelector('[data-loaded-posts]')?.getAttribute('data-loaded-posts')),
  };
})()`;

/**
 * Scrolls `distance` px down with wheel events as a mouse sends them, at a steady `speed` (px/s):
 * the compositor scrolls and the page gets its scroll events once per frame, as when someone
 * scrolls. Resolves when the gesture is done.
 */
async function wheel(cdp: CDPSession, distance: number, speed: number): Promise<void> {
  // The protocol's distances are positive upwards.
  await cdp.send('Input.synthesizeScrollGesture', {
    x: 400,
    y: 500,
    yDistance: -distance,
    speed,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
}

/**
 * Down and up over the band, half a second each way, for `seconds`: driven by the page in each
 * frame (scrollTo), as a wheel gesture takes a few hundred ms to get going, which over so short a
 * distance would leave the page still for half the pass. Returns the distance scrolled.
 */
async function bandScroll(page: Page, band: number, seconds: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    let travelled = 0;
    let last = scrollY;
    const step = (now) => {
      const t = Math.max(0, now - start) / 500;
      const y = Math.round(${band} * (Math.floor(t) % 2 === 0 ? t % 1 : 1 - (t % 1)));
      window.scrollTo(0, y);
      travelled += Math.abs(y - last);
      last = y;
      if (now - start < ${seconds * 1000}) requestAnimationFrame(step);
      else resolve(travelled);
    };
    requestAnimationFrame(step);
  })`);
}

/** The band's depth: how far the page can scroll before the box's lower edge goes under the header. */
async function bandDepth(page: Page): Promise<number> {
  const depth = await page.evaluate(`(() => {
    const header = document.querySelector('.kv-tabs').getBoundingClientRect();
    const box = document.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]').getBoundingClientRect();
    return box.bottom + scrollY - header.height - 24;
  })()`);
  if (typeof depth !== 'number' || depth < 20)
    throw new Error(`The home box is too short to scroll by (${depth})`);
  return depth;
}

/** Types the draft, waits for its highlights and badge (with Kvitter), and leaves the box unfocused. */
async function holdDraft(page: Page, kvitter: boolean): Promise<void> {
  await typeInto(page, draftText);
  if (kvitter) await waitForHints(page);
  // Somewhere with no action of its own: the sidebar's heading.
  await page.getByText('What’s happening').click();
  if (await page.evaluate(`!!document.activeElement?.closest('[data-testid="tweetTextarea_0"]')`)) {
    throw new Error('The home box still has the focus');
  }
}

async function waitForHints(page: Page): Promise<void> {
  const drawn = async () => {
    const overlay = await readOverlay(page);
    return overlay.marks.length > 0 && overlay.badges.some((badge) => badge.composerId === 'home:0');
  };
  for (let tries = 0; !(await drawn()); tries++) {
    if (tries > 100) throw new Error('The draft has no highlights or no badge');
    await page.waitForTimeout(100);
  }
}

/** One pass in a fresh tab of `kvitter`'s browser (with or without the extension). */
export async function scrollPass(kvitter: Kvitter, options: PassOptions): Promise<PassResult> {
  const page = await kvitter.openX(liveHomeUrl);
  try {
    await page.locator('[data-testid="tweetTextarea_0"]').waitFor();
    await page.locator('article[data-testid="tweet"]').first().waitFor();
    if (options.draft) await holdDraft(page, kvitter.extensionId !== '');
    const band = options.pattern === 'band' ? await bandDepth(page) : 0;
    await page.evaluate(
      options.pattern === 'long'
        ? 'window.scrollTo(0, document.documentElement.scrollHeight - 7 * innerHeight)'
        : 'window.scrollTo(0, 0)',
    );
    // Let the page settle (posts measured, the content script's start-up and warm-up done).
    await page.waitForTimeout(2500);
    await page.evaluate(countMutations);
    const from = await page.evaluate<number>('performance.now()');
    const profiler = await startProfiler(page);
    let scrolled = 0;
    if (options.pattern === 'long') {
      scrolled = options.speed * options.seconds;
      await wheel(profiler.cdp, scrolled, options.speed);
    } else {
      scrolled = await bandScroll(page, band, options.seconds);
    }
    const profile = attribute(await profiler.stop());
    const to = await page.evaluate<number>('performance.now()');
    const withKvitter = kvitter.extensionId !== '';
    if (withKvitter && options.draft && options.pattern === 'band') {
      // The draft was on screen throughout: its badge is still shown.
      const badge = await badgeOf(page, 'home:0');
      if (!badge || badge.hidden) throw new Error('The badge is gone');
    }
    return {
      profile,
      longTasks: await longTasks(page, from, to),
      mutations: await page.evaluate('window.kvitterBenchMutations'),
      dom: await page.evaluate(domFigures),
      scrolled,
      band,
    };
  } finally {
    await page.close();
  }
}
