import type { ContentMessage, ProfileScan } from '../messaging/protocol';
import type { DraftReport } from '../rules/types';
import { composersForButton, type FoundComposer, threadScope } from './composers';
import { OwnPostsReader } from './own-posts';
import { PostWatch } from './post-watch';
import { scanOwnProfile } from './profile';
import {
  byTestId,
  composerCandidateSelector,
  postButtonSelector,
  profilePathPattern,
  repostConfirmSelector,
  testIds,
} from './selectors';
import { ChangeGate } from './snapshot';

/** A repost click and the menu it opens are one event for the user: report it once. */
const repostDedupeMs = 1500;
/** X draws a profile a moment after navigating to it: look for the own profile's header then. */
const profileLooksMs = [300, 1000, 2500, 5000];
/** How often a post waiting for X's confirmation is looked at. */
const postCheckMs = 200;
/** X's keyboard shortcut that opens the repost menu of the focused post. */
const repostShortcut = 't';

type Deps = {
  doc: Document;
  send: (message: ContentMessage) => void;
  /** The composers on the page now (found afresh: a click is rare enough). */
  composers: () => FoundComposer[];
  /** The last report of a composer, by id (for the post log's language and hashtag count). */
  reportOf: (id: string) => DraftReport | undefined;
  now: () => number;
};

/**
 * What the page tells Kvitter besides the drafts: a post made (Post click or Ctrl/Cmd+Enter,
 * confirmed by X), the repost menu opening, the own profile's facts, and the user's own posts on
 * it (lib/x/own-posts.ts). Each is driven by the user's own click, key, navigation or scrolling
 * on their own profile, never by watching the page.
 */
export class PageSignals {
  private readonly posts = new PostWatch();
  private readonly ownPosts: OwnPostsReader;
  private readonly profileGate = new ChangeGate<Omit<ProfileScan, 'scannedAt'>>();
  private postTimer = 0;
  private readonly profileTimers: number[] = [];
  private lastRepostAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: Deps) {
    this.ownPosts = new OwnPostsReader({ doc: deps.doc, send: deps.send, now: deps.now });
  }

  /** A click anywhere (capture phase): Post buttons start a post watch, Repost is noted. */
  onClick(event: Event): void {
    const now = this.deps.now();
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const button = target.closest(postButtonSelector);
    if (button) {
      this.watchPost(composersForButton(button, this.deps.composers()), now);
      return;
    }
    if (target.closest(byTestId(testIds.repostButton))) this.notifyRepost(now);
  }

  /** Ctrl/Cmd+Enter in a composer posts it with the rest of its thread; X's `t` opens the repost menu. */
  onKeyDown(event: Event): void {
    const now = this.deps.now();
    const key = event as KeyboardEvent;
    const target = key.target instanceof Element ? key.target : null;
    if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
      const editor = target?.closest(composerCandidateSelector);
      if (!editor) return;
      const scope = threadScope(editor);
      const group = this.deps
        .composers()
        .filter((composer) =>
          (scope === editor.ownerDocument.body ? editor : scope).contains(composer.element),
        );
      this.watchPost(group, now);
      return;
    }
    if (key.key === repostShortcut && !key.ctrlKey && !key.metaKey && !key.altKey && !editable(target)) {
      window.setTimeout(() => {
        if (this.deps.doc.querySelector(repostConfirmSelector)) this.notifyRepost(this.deps.now());
      }, 250);
    }
  }

  /** On start and after in-app navigation: the page may be the user's own profile. */
  onLocationChange(): void {
    for (const timer of this.profileTimers.splice(0)) clearTimeout(timer);
    // Own posts are read only while the own profile is shown: it is looked for again below.
    this.ownPosts.stop();
    if (!profilePathPattern.test(location.pathname)) return;
    for (const wait of profileLooksMs)
      this.profileTimers.push(window.setTimeout(() => this.scanProfile(), wait));
  }

  /** Cancels every pending timer. */
  destroy(): void {
    clearTimeout(this.postTimer);
    for (const timer of this.profileTimers.splice(0)) clearTimeout(timer);
    this.ownPosts.stop();
  }

  private watchPost(group: FoundComposer[], now: number): void {
    if (this.posts.start(group, this.deps.reportOf, now)) this.checkPosts();
  }

  /** Looks for X's confirmation (the composer emptied or gone) until every watched post is settled. */
  private checkPosts(): void {
    if (this.postTimer !== 0) return;
    this.postTimer = window.setTimeout(() => {
      this.postTimer = 0;
      for (const message of this.posts.check(this.deps.now())) this.deps.send(message);
      if (this.posts.waiting) this.checkPosts();
    }, postCheckMs);
  }

  private notifyRepost(now: number): void {
    if (now - this.lastRepostAt < repostDedupeMs) return;
    this.lastRepostAt = now;
    this.deps.send({ type: 'repost-menu-opened' });
  }

  private scanProfile(): void {
    const scan = scanOwnProfile(this.deps.doc, location.pathname, this.deps.now());
    if (!scan) return;
    // Each look at the profile also looks for posts drawn since the last one.
    this.ownPosts.start(scan.handle);
    const { scannedAt: _, ...facts } = scan;
    if (this.profileGate.pass(facts)) this.deps.send({ type: 'profile-scan', scan });
  }
}

/** Whether key presses on `target` type text (X's shortcuts are off there). */
function editable(target: Element | null): boolean {
  if (!target) return false;
  return (
    target.closest('input, textarea, [contenteditable="true"]') !== null ||
    (target as HTMLElement).isContentEditable === true
  );
}
