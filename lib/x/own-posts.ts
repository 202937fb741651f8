import { browser } from 'wxt/browser';
import { bareKey, LEARNING_KEY } from '../learn/keys';
import type { ContentMessage, OwnPostMessage } from '../messaging/protocol';
import {
  byTestId,
  handlePathPattern,
  hiddenTextSelector,
  postArticleSelector,
  postTimeLinkSelector,
  quotedPostSelector,
  statusPathPattern,
  testIds,
} from './selectors';

/**
 * Reading the user's own posts on their own profile, for the topics Kvitter proposes (issue 16).
 * Only posts the profile's owner wrote (a repost of someone else's post has another author; a
 * quoted post sits in a card of its own), only what is on the page, and only while the user is
 * on their own profile: a read is driven by their scrolling, at most about once a second, when
 * the page is idle. Each post is read once, at most {@link MAX_POSTS_PER_VISIT} per visit.
 */

/** "The last 100 posts": also what lib/learn keeps. */
export const MAX_POSTS_PER_VISIT = 100;
/** At most one read per this many ms, however fast the user scrolls. */
export const READ_GAP_MS = 1000;
/** An idle callback waits no longer than this on a busy page. */
const IDLE_TIMEOUT_MS = 1000;
/** The learner reads no further (MAX_OWN_POST_TEXT in lib/messaging/protocol.ts). */
const MAX_TEXT = 4000;

/** Whether `element` belongs to the post itself, not to a post quoted inside `article`. */
function outsideQuote(element: Element, article: Element): boolean {
  const card = element.closest(quotedPostSelector);
  return card === null || !article.contains(card);
}

/** The first match in `article` that is not part of a quoted post. */
function ownPart(article: Element, selector: string): Element | null {
  for (const element of article.querySelectorAll(selector)) {
    if (outsideQuote(element, article)) return element;
  }
  return null;
}

/** The handle a profile link points at, or null. */
function handleOf(link: Element): string | null {
  return handlePathPattern.exec(link.getAttribute('href') ?? '')?.[1] ?? null;
}

/** The post's author and status id, from its author line (the links to the profile and to the post). */
function authorAndId(article: Element): { handle: string; id: string } | null {
  const line = ownPart(article, byTestId(testIds.userName));
  if (!line) return null;
  let handle: string | null = null;
  for (const link of line.querySelectorAll('a[href]')) {
    handle = handleOf(link);
    if (handle) break;
  }
  const path = line.querySelector(postTimeLinkSelector)?.parentElement?.getAttribute('href') ?? '';
  const id = statusPathPattern.exec(path)?.[1];
  if (!handle || !id || path.split('/')[1]?.toLowerCase() !== handle.toLowerCase()) return null;
  return { handle, id };
}

/** What a reader sees of the post's text: emoji from their `alt`, links as displayed, no hidden parts. */
export function visiblePostText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT,
    {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(hiddenTextSelector)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
    else if ((node as Element).tagName === 'IMG') text += (node as HTMLImageElement).alt;
    else if ((node as Element).tagName === 'BR') text += '\n';
  }
  return text.trim();
}

/**
 * The posts on the page that `handle` wrote and that are not in `seen` yet, at most `limit`;
 * their ids are added to `seen`. Posts without text (a photo only) are seen but not returned.
 */
export function readOwnPosts(
  root: ParentNode,
  handle: string,
  seen: Set<string>,
  limit: number,
): OwnPostMessage[] {
  const owner = handle.toLowerCase();
  const posts: OwnPostMessage[] = [];
  for (const article of root.querySelectorAll(postArticleSelector)) {
    if (posts.length >= limit) break;
    // A post X could not show inside another one is an article too; it is never the user's own.
    if (article.parentElement?.closest(postArticleSelector)) continue;
    const author = authorAndId(article);
    if (!author || author.handle.toLowerCase() !== owner || seen.has(author.id)) continue;
    seen.add(author.id);
    const textBox = ownPart(article, byTestId(testIds.postText));
    const text = textBox ? visiblePostText(textBox).slice(0, MAX_TEXT) : '';
    if (text !== '') posts.push({ id: author.id, text });
  }
  return posts;
}

type Deps = {
  doc: Document;
  send: (message: ContentMessage) => void;
  now: () => number;
  /** Whether the user lets Kvitter learn; asked once per visit (storage.local, on unless switched off). */
  enabled?: () => Promise<boolean>;
};

async function learningSwitch(): Promise<boolean> {
  const key = bareKey(LEARNING_KEY);
  const stored = await browser.storage.local.get(key);
  return stored[key] !== false;
}

type Idle = (callback: () => void) => number;
const requestIdle: Idle = (callback) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
    : window.setTimeout(callback, 0);
const cancelIdle = (id: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(id) : clearTimeout(id);

/**
 * Follows one visit to the user's own profile: reads the posts there when it starts, whenever
 * asked (`start` again), and after the user scrolls, never more than once per {@link READ_GAP_MS}.
 * Plain listeners and timers, not the context's: each of those would leave an abort listener
 * behind per visit.
 */
export class OwnPostsReader {
  private handle: string | null = null;
  private readonly seen = new Set<string>();
  private sent = 0;
  private listening = false;
  private visit = 0;
  private timer = 0;
  private idle = 0;
  private lastReadAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: Deps) {}

  /** The own profile of `handle` is shown: read its posts now and as the user scrolls. */
  start(handle: string): void {
    if (this.handle === handle) {
      this.request();
      return;
    }
    this.stop();
    this.handle = handle;
    const visit = this.visit;
    void (this.deps.enabled ?? learningSwitch)().then(
      (on) => {
        if (!on || visit !== this.visit) return;
        this.listening = true;
        // Capture: X may scroll an inner box, whose scroll events do not bubble.
        this.deps.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
        this.request();
      },
      () => {},
    );
  }

  /** The user left the profile (or the script stops): nothing more is read. */
  stop(): void {
    this.visit++;
    this.unlisten();
    clearTimeout(this.timer);
    cancelIdle(this.idle);
    this.timer = 0;
    this.idle = 0;
    this.handle = null;
    this.seen.clear();
    this.sent = 0;
  }

  private readonly onScroll = () => this.request();

  private unlisten(): void {
    if (!this.listening) return;
    this.listening = false;
    this.deps.doc.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  /** A read when the page is idle, at least READ_GAP_MS after the last one; requests meanwhile join it. */
  private request(): void {
    if (!this.listening || this.timer !== 0 || this.idle !== 0) return;
    const wait = Math.max(0, this.lastReadAt + READ_GAP_MS - this.deps.now());
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.idle = requestIdle(this.read);
    }, wait);
  }

  private readonly read = () => {
    this.idle = 0;
    if (!this.listening || !this.handle) return;
    this.lastReadAt = this.deps.now();
    const posts = readOwnPosts(this.deps.doc, this.handle, this.seen, MAX_POSTS_PER_VISIT - this.sent);
    if (posts.length > 0) {
      this.sent += posts.length;
      this.deps.send({ type: 'own-posts', posts });
    }
    // Enough for this visit; the handle stays, so the profile's later looks do not start over.
    if (this.sent >= MAX_POSTS_PER_VISIT) this.unlisten();
  };
}
