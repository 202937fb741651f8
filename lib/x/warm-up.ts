import type { DraftInput, DraftReport } from '../rules/types';

/** Drafts that take every costly first path of the rule engine; never shown or sent. */
const warmUpDrafts = [
  'Hei på deg',
  'https://example.com',
  'www.example.no',
  '👍🏽 @kvitter',
  '#Kvitter #kvitter',
];

/** The idle time a warm-up draft waits for: compiling twitter-text's URL expression is the longest step. */
const idleNeededMs = 40;
/** How long after the coach's start the warm-up may begin, and how long it waits after an idle period too short for it. */
const waitMs = 1500;

/**
 * The first draft with a full stop, a link, an emoji or a hashtag compiles twitter-text's and
 * the emoji parser's expressions (the URL pattern holds the whole list of top-level domains).
 * Paid in the middle of someone's typing, that is a visible stall; paid here, once, while the
 * page is idle, one draft per idle callback, it is not. Not during x.com's own start-up, and
 * only in a long idle period: in a short one between two keystrokes the compile would be a long
 * task, so after one the warm-up waits again. A page that is never idle pays on its first full
 * stop, as without it.
 */
export class WarmUp {
  private started = false;

  constructor(
    private readonly deps: {
      /** The engine with the current strategy, or null while either is loading. */
      analyze: (draft: DraftInput) => DraftReport | null;
      stopped: () => boolean;
      /** When the coach started (performance.now()). */
      startedAt: number;
    },
  ) {}

  /** Starts warming up unless it has; an engine not there yet is warmed when `run` is called again. */
  run(): void {
    if (this.started || typeof requestIdleCallback !== 'function') return;
    this.started = true;
    const drafts = [...warmUpDrafts];
    const later = (wait = waitMs) => window.setTimeout(() => requestIdleCallback(next), wait);
    const next = (deadline: IdleDeadline) => {
      if (this.deps.stopped()) return;
      if (deadline.timeRemaining() < idleNeededMs) {
        later();
        return;
      }
      const text = drafts[0];
      if (text !== undefined && this.deps.analyze({ text, kind: 'post' }) === null) {
        // The engine is not loaded yet: warm it up when it is (the coach calls run again then).
        this.started = false;
        return;
      }
      drafts.shift();
      if (drafts.length > 0) requestIdleCallback(next);
    };
    later(Math.max(0, this.deps.startedAt + waitMs - performance.now()));
  }
}
