/** How long work waits for an animation frame before running anyway (frames stop in hidden tabs). */
const hiddenTabDelayMs = 100;

/** One frame at 60 Hz: two runs at least this far apart cannot fall between the same two frames. */
const frameMs = 1000 / 60;

/**
 * When the coach works, so that a keystroke reaches the side panel at once and a draft is never
 * analysed twice between two frames:
 * - a change at least one frame's time after the last run is handled at once, in the mutation
 *   observer's callback. Draft.js has updated the DOM by then, and a task posted from there would
 *   wait behind the frame the browser renders after input, which kept the panel a frame behind
 *   the typing;
 * - a change sooner than that waits for the next animation frame, so a burst of changes (key
 *   repeat, X re-rendering) is analysed once per frame;
 * - geometry (badges and highlight boxes) is read only when asked for, in the task after the next frame, when layout is fresh: reading it earlier would
 *   force a layout of its own.
 * The last run's time decides, not a frame callback that clears a flag, which would be one more
 * callback per keystroke. Plain requestAnimationFrame and setTimeout, not ctx's: each of those adds an abort listener to the
 * context that is never removed, so calling them per keystroke would grow a list for as long as
 * the tab lives.
 */
export class WorkSchedule {
  private pending = false;
  private running = false;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private workFrameId = 0;
  private hiddenTimer = 0;
  private geometryFrameId = 0;
  private geometryTimer = 0;

  constructor(
    private readonly deps: {
      doc: Document;
      /** True once the content script is invalidated: nothing runs after that. */
      stopped: () => boolean;
      work: () => void;
      geometry: () => void;
    },
  ) {}

  /** Something on the page changed: work now unless the last run was less than a frame ago. */
  changed(): void {
    if (this.running || this.deps.doc.hidden || performance.now() - this.lastRunAt < frameMs) this.request();
    else if (!this.deps.stopped()) this.run();
  }

  /** Work in the next animation frame; in a hidden tab, which gets no frames, after a short delay. */
  request(): void {
    if (this.deps.stopped()) return;
    if (!this.pending) {
      this.pending = true;
      this.workFrameId = requestAnimationFrame(this.run);
    }
    // Whichever comes first runs the work and cancels the other: a strategy edited in another tab
    // still reaches a hidden tab's report, also when the frame was asked for just before it hid.
    if (this.deps.doc.hidden && this.hiddenTimer === 0)
      this.hiddenTimer = window.setTimeout(this.run, hiddenTabDelayMs);
  }

  /** Read geometry in the task after the next frame (a hidden tab waits until it is shown). */
  requestGeometry(): void {
    if (this.deps.stopped() || this.geometryFrameId !== 0 || this.geometryTimer !== 0) return;
    this.geometryFrameId = requestAnimationFrame(this.onGeometryFrame);
  }

  /** Cancels everything pending. */
  destroy(): void {
    cancelAnimationFrame(this.workFrameId);
    cancelAnimationFrame(this.geometryFrameId);
    clearTimeout(this.hiddenTimer);
    clearTimeout(this.geometryTimer);
    this.pending = false;
    this.geometryFrameId = 0;
    this.geometryTimer = 0;
  }

  private readonly run = () => {
    this.pending = false;
    cancelAnimationFrame(this.workFrameId);
    clearTimeout(this.hiddenTimer);
    this.workFrameId = 0;
    this.hiddenTimer = 0;
    this.lastRunAt = performance.now();
    this.running = true;
    try {
      this.deps.work();
    } finally {
      this.running = false;
    }
  };

  private readonly onGeometryFrame = () => {
    this.geometryFrameId = 0;
    this.geometryTimer = window.setTimeout(() => {
      this.geometryTimer = 0;
      if (!this.deps.stopped()) this.deps.geometry();
    }, 0);
  };
}
