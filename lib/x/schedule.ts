import { metered } from './meter';

/** How long work waits for an animation frame before running anyway (frames stop in hidden tabs). */
const hiddenTabDelayMs = 100;

/**
 * When the coach works, so that a keystroke reaches the side panel at once and a draft is never
 * analysed twice between two frames:
 * - the first change after a frame is handled at once, in the mutation observer's callback. Draft.js
 *   has updated the DOM by then, and a task posted from there would wait behind the frame Chrome
 *   renders after input (measured in Chromium 156: one to two frames, which kept the panel a frame
 *   behind the typing);
 * - further changes in the same frame wait for the next animation frame;
 * - geometry (badges, and highlight boxes where the Highlight API is missing) is read in the task
 *   after the next frame, when layout is fresh: reading it earlier would force a layout of its own.
 * One animation-frame callback per frame both opens it for immediate work and starts the geometry
 * task. Plain requestAnimationFrame and setTimeout, not ctx's: each of those adds an abort listener to the context that is never
 * removed, so calling them per keystroke would grow a list for as long as the tab lives.
 */
export class WorkSchedule {
  private pending = false;
  private running = false;
  private ranThisFrame = false;
  private workFrameId = 0;
  private hiddenTimer = 0;
  private frameId = 0;
  private geometryWanted = false;
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

  /** Something on the page changed: work now if nothing ran this frame yet, else in the next one. */
  changed(): void {
    if (this.ranThisFrame || this.running || this.deps.doc.hidden) this.request();
    else if (!this.deps.stopped()) this.run();
  }

  /** Work in the next animation frame; in a hidden tab, which gets no frames, after a short delay. */
  request(): void {
    if (this.pending || this.deps.stopped()) return;
    this.pending = true;
    this.workFrameId = requestAnimationFrame(this.run);
    // Whichever comes first runs the work and cancels the other: a strategy edited in another tab
    // still reaches a hidden tab's report.
    if (this.deps.doc.hidden) this.hiddenTimer = window.setTimeout(this.run, hiddenTabDelayMs);
  }

  /** Read geometry in the task after the next frame (a hidden tab waits until it is shown). */
  requestGeometry(): void {
    if (this.deps.stopped()) return;
    this.geometryWanted = true;
    this.requestFrameCallback();
  }

  /** Cancels everything pending. */
  destroy(): void {
    cancelAnimationFrame(this.workFrameId);
    cancelAnimationFrame(this.frameId);
    clearTimeout(this.hiddenTimer);
    clearTimeout(this.geometryTimer);
    this.pending = false;
    this.geometryWanted = false;
  }

  private readonly run = () => {
    this.pending = false;
    cancelAnimationFrame(this.workFrameId);
    clearTimeout(this.hiddenTimer);
    this.workFrameId = 0;
    this.hiddenTimer = 0;
    this.ranThisFrame = true;
    this.requestFrameCallback();
    this.running = true;
    try {
      metered(this.deps.work);
    } finally {
      this.running = false;
    }
  };

  private requestFrameCallback(): void {
    if (this.frameId === 0) this.frameId = requestAnimationFrame(this.onFrame);
  }

  private readonly onFrame = () =>
    metered(() => {
      this.frameId = 0;
      this.ranThisFrame = false;
      if (!this.geometryWanted || this.geometryTimer !== 0) return;
      this.geometryWanted = false;
      this.geometryTimer = window.setTimeout(() => {
        this.geometryTimer = 0;
        if (!this.deps.stopped()) metered(this.deps.geometry);
      }, 0);
    });
}
