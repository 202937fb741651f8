import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How often the runtime is asked whether this content script is still the extension's live one. */
const checkEveryMs = 1000;

/**
 * After an extension update the old content script is orphaned: reading `ctx.isInvalid` (a call
 * into the runtime) notices and runs the context's clean-up. Asked at most once a second while
 * the coach works, and once more a second after its last run, so a page where typing stopped is
 * still cleaned up. Never on a timer of its own while nobody writes.
 */
export class OrphanCheck {
  private checkedAt = Number.NEGATIVE_INFINITY;
  private timer = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly now: () => number,
  ) {}

  /** True when this copy is orphaned (its clean-up has run). */
  orphaned(): boolean {
    const now = this.now();
    const wait = this.checkedAt + checkEveryMs - now;
    if (wait <= 0) {
      this.checkedAt = now;
      return this.ctx.isInvalid;
    }
    if (this.timer === 0) {
      this.timer = window.setTimeout(() => {
        this.timer = 0;
        this.checkedAt = this.now();
        void this.ctx.isInvalid;
      }, wait);
    }
    return false;
  }

  /** Cancels the pending check. */
  destroy(): void {
    clearTimeout(this.timer);
  }
}
