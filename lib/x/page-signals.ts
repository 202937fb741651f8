import type { ContentMessage, ProfileScan } from '../messaging/protocol';
import type { DraftReport } from '../rules/types';
import { composersForButton, findComposers } from './composers';
import { PostWatch } from './post-watch';
import { scanOwnProfile } from './profile';
import { byTestId, composerSelector, dialogSelector, postButtonSelector, testIds } from './selectors';
import { ChangeGate } from './snapshot';

/** A repost click and the menu it opens are one event for the user: report it once. */
const repostDedupeMs = 1500;
/** The own profile changes rarely; rescanning it more often than this is wasted work. */
const profileRescanMs = 1000;

type Deps = {
  doc: Document;
  send: (message: ContentMessage) => void;
  /** The last report of a composer, by id (for the post log's language and hashtag count). */
  reportOf: (id: string) => DraftReport | undefined;
  requestFrame: () => void;
};

/**
 * What the page tells Kvitter besides the drafts: a post made (Post click or Ctrl/Cmd+Enter,
 * confirmed by X), the repost menu opening, and the own profile's facts.
 */
export class PageSignals {
  private readonly posts = new PostWatch();
  private readonly profileGate = new ChangeGate<Omit<ProfileScan, 'scannedAt'>>();
  private postTimer = 0;
  private repostMenuOpen = false;
  private lastRepostAt = -Infinity;
  private lastProfileScanAt = -Infinity;

  constructor(private readonly deps: Deps) {}

  /** A click anywhere (capture phase): Post buttons start a post watch, Repost is noted. */
  onClick(event: Event, now: number): void {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    const button = target.closest(postButtonSelector);
    if (button) {
      const group = composersForButton(button, findComposers(this.deps.doc, location.pathname));
      if (this.posts.start(group, this.deps.reportOf, now)) this.deps.requestFrame();
      return;
    }
    if (target.closest(byTestId(testIds.repostButton))) this.notifyRepost(now);
  }

  /** Ctrl/Cmd+Enter in a composer posts it, with the rest of its thread. */
  onKeyDown(event: Event, now: number): void {
    const key = event as KeyboardEvent;
    if (key.key !== 'Enter' || !(key.ctrlKey || key.metaKey)) return;
    const editor = key.target instanceof Element ? key.target.closest(composerSelector) : null;
    if (!editor) return;
    const dialog = editor.closest(dialogSelector);
    const group = findComposers(this.deps.doc, location.pathname).filter((composer) =>
      dialog ? dialog.contains(composer.element) : composer.element === editor,
    );
    if (this.posts.start(group, this.deps.reportOf, now)) this.deps.requestFrame();
  }

  /** After in-app navigation the profile may be another one: scan at the next chance. */
  onLocationChange(): void {
    this.lastProfileScanAt = -Infinity;
  }

  /** Runs in the coach's animation frame, after the composers were read. */
  inFrame(now: number, structural: boolean): void {
    for (const message of this.posts.check(now)) this.deps.send(message);
    // Waiting for X to confirm a post: look again soon even if the page stays still.
    if (this.posts.waiting && this.postTimer === 0) {
      this.postTimer = window.setTimeout(() => {
        this.postTimer = 0;
        this.deps.requestFrame();
      }, 200);
    }
    // The repost menu and the profile are outside the editors: unchanged unless the structure changed.
    if (!structural) return;
    this.watchRepostMenu(now);
    this.scanProfile(now);
  }

  /** Cancels the pending timer. */
  destroy(): void {
    clearTimeout(this.postTimer);
  }

  private notifyRepost(now: number): void {
    if (now - this.lastRepostAt < repostDedupeMs) return;
    this.lastRepostAt = now;
    this.deps.send({ type: 'repost-menu-opened' });
  }

  private watchRepostMenu(now: number): void {
    const open = this.deps.doc.querySelector(byTestId(testIds.repostConfirm)) !== null;
    if (open && !this.repostMenuOpen) this.notifyRepost(now);
    this.repostMenuOpen = open;
  }

  private scanProfile(now: number): void {
    if (now - this.lastProfileScanAt < profileRescanMs) return;
    if (!this.deps.doc.querySelector(byTestId(testIds.editProfile))) return;
    this.lastProfileScanAt = now;
    const scan = scanOwnProfile(this.deps.doc, location.pathname, now);
    if (!scan) return;
    const { scannedAt: _, ...facts } = scan;
    if (this.profileGate.pass(facts)) this.deps.send({ type: 'profile-scan', scan });
  }
}
