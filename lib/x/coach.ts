import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { format, type UiLanguage } from '../i18n/index';
import type { ComposerState, ContentMessage } from '../messaging/protocol';
import type { DraftInput, DraftReport, HintFix, Severity } from '../rules/types';
import { applyFix } from './apply-fix';
import { type BadgeState, Badges } from './badge';
import { type FoundComposer, findComposers } from './composers';
import { rangeForOffsets, readDraftText } from './draft-text';
import { xMessages } from './messages';
import { metered } from './meter';
import { HintOverlay, type Mark } from './overlay';
import { PageSignals } from './page-signals';
import { composerContainerSelector } from './selectors';
import { ChangeGate } from './snapshot';
import { themeOf } from './theme';

/** What the coach needs from the rest of the extension; injected so it runs in unit tests as on x.com. */
export type CoachDeps = {
  ctx: ContentScriptContext;
  /** The rule engine with the current strategy, or null while the strategy is still loading. */
  analyze: (draft: DraftInput) => DraftReport | null;
  send: (message: ContentMessage) => void;
  language: () => UiLanguage;
  now?: () => number;
};

type PendingBadge = {
  composer: FoundComposer;
  counts: Record<Severity, number> | null;
  language: UiLanguage;
};

/** How long work waits for an animation frame before running anyway (frames stop in hidden tabs). */
const hiddenTabDelayMs = 100;

type Analysed = { text: string; kind: string; position: number; report: DraftReport };

/**
 * The live coach on one x.com document: finds the composers, analyses each draft at most once per
 * animation frame, tells the background when what it would show changed, draws highlights and
 * badges, and applies quick fixes. Everything it starts is stopped when `ctx` is invalidated.
 */
export class Coach {
  private readonly doc: Document;
  private readonly now: () => number;
  private readonly analysed = new Map<string, Analysed>();
  private readonly tabGate = new ChangeGate<{ url: string; composers: ComposerState[] }>();
  private readonly overlay: HintOverlay;
  private readonly badges: Badges;
  private readonly signals: PageSignals;
  private composers: FoundComposer[] = [];
  /*
   * The pending frame and geometry timer, one of each at most. Not ctx.requestAnimationFrame / ctx.setTimeout:
   * each of those adds an abort listener to the context that is never removed, so calling them per
   * keystroke would grow a list for as long as the tab lives. One onInvalidated cancels these.
   */
  private frameId = 0;
  private hiddenTimer = 0;
  private geometryTimer = 0;
  private geometry: { marks: Mark[]; badges: PendingBadge[] } | undefined;
  private drawnMarks: Mark[] = [];
  private drawnKey = '';

  constructor(private readonly deps: CoachDeps) {
    this.doc = document;
    this.now = deps.now ?? (() => Date.now());
    this.overlay = new HintOverlay(this.doc);
    this.badges = new Badges(this.doc, () => this.send({ type: 'open-coach' }));
    this.signals = new PageSignals({
      doc: this.doc,
      send: (message) => this.send(message),
      reportOf: (id) => this.analysed.get(id)?.report,
      requestFrame: () => this.requestFrame(),
    });
  }

  /** Starts observing; returns at once. Work happens in animation frames after DOM changes and input. */
  start(): void {
    const { ctx } = this.deps;
    // One observer, scoped to the body (X renders #react-root and #layers there). Its callback only
    // asks for a frame: x.com mutates constantly, and all reading waits for that frame.
    const observer = new MutationObserver(() => metered(() => this.requestFrame()));
    observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      cancelAnimationFrame(this.frameId);
      clearTimeout(this.hiddenTimer);
      clearTimeout(this.geometryTimer);
      this.signals.destroy();
      this.overlay.destroy();
      this.badges.destroy();
      this.analysed.clear();
    });
    const request = () => metered(() => this.requestFrame());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.signals.onLocationChange();
      this.requestFrame();
    });
    // A textarea's value changes without any mutation; scrolling moves the highlight boxes and badges.
    ctx.addEventListener(this.doc, 'input', request, { capture: true });
    ctx.addEventListener(window, 'scroll', request, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', request, { passive: true });
    const onClick = (event: Event) => metered(() => this.signals.onClick(event, this.now()));
    const onKeyDown = (event: Event) => metered(() => this.signals.onKeyDown(event, this.now()));
    ctx.addEventListener(this.doc, 'click', onClick, { capture: true });
    ctx.addEventListener(this.doc, 'keydown', onKeyDown, { capture: true });
    this.requestFrame();
  }

  /** Forget every report, e.g. after the strategy changed, and analyse again in the next frame. */
  reanalyse(): void {
    this.analysed.clear();
    this.requestFrame();
  }

  private send(message: ContentMessage): void {
    if (this.deps.ctx.isValid) this.deps.send(message);
  }

  private requestFrame(): void {
    // The signal, not ctx.isInvalid: that getter asks the runtime each time, and this runs per mutation batch.
    if (this.frameId !== 0 || this.deps.ctx.signal.aborted) return;
    const run = () => {
      cancelAnimationFrame(this.frameId);
      clearTimeout(this.hiddenTimer);
      this.frameId = 0;
      this.hiddenTimer = 0;
      metered(() => this.frame());
    };
    this.frameId = requestAnimationFrame(run);
    // A hidden tab gets no animation frames, yet a strategy edited in another tab should still
    // reach its report: whichever comes first runs the work, and cancels the other.
    this.hiddenTimer = window.setTimeout(run, hiddenTabDelayMs);
  }

  private frame(): void {
    // After an extension update this copy is orphaned: the check (one runtime read) stops it and
    // runs the onInvalidated cleanup, even on a page where nothing is typed any more.
    if (this.deps.ctx.isInvalid) return;
    const now = this.now();
    this.composers = findComposers(this.doc, location.pathname);
    const states = this.composers.map((composer) => this.stateOf(composer));
    // Until the strategy is read (a few ms after load) there is nothing true to report yet.
    if (states.some((state) => state === null)) return;
    const live = new Set(this.composers.map((composer) => composer.id));
    for (const id of this.analysed.keys()) if (!live.has(id)) this.analysed.delete(id);

    const snapshot = { url: location.href, composers: states as ComposerState[] };
    if (this.tabGate.pass(snapshot)) {
      this.send({ type: 'tab-state', ...snapshot, sentAt: performance.timeOrigin + performance.now() });
    }
    this.draw();

    this.signals.inFrame(now);
  }

  /** The composer as the side panel should see it; null while the strategy is still loading. */
  private stateOf(composer: FoundComposer): ComposerState | null {
    const { id, surface, kind, position } = composer;
    const text = composer.unreadable ? null : readDraftText(composer.element);
    if (text === null) {
      this.analysed.delete(id);
      return { status: 'unreadable', id, surface, reason: composer.unreadable ?? 'no text' };
    }
    let entry = this.analysed.get(id);
    if (!entry || entry.text !== text || entry.kind !== kind || entry.position !== position) {
      const report = this.deps.analyze({ text, kind, position });
      if (!report) return null;
      entry = { text, kind, position, report };
      this.analysed.set(id, entry);
    }
    return { status: 'ok', id, surface, kind, position, text, report: entry.report };
  }

  /**
   * Highlights are set in the frame (the Highlight API needs no geometry). Anything that needs boxes (badges, and
   * highlight boxes where the API is missing) waits for the task after the frame: layout is fresh
   * then, so reading it costs nothing, whereas reading it here would force an extra layout.
   */
  private draw(): void {
    const badges: PendingBadge[] = [];
    const language = this.deps.language();
    // The theme is part of what is drawn: switching it in X's settings repaints the highlights.
    const drawn: unknown[] = [themeOf(this.doc)];
    for (const composer of this.composers) {
      const entry = this.analysed.get(composer.id);
      const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
      for (const hint of entry?.report.hints ?? []) counts[hint.severity] += 1;
      badges.push({ composer, counts: entry ? counts : null, language });
      drawn.push([composer.id, entry?.text, entry?.report.hints.map((h) => [h.severity, h.range])]);
    }
    // x.com mutates all the time: rebuild the ranges only when they would differ or went stale
    // (Draft.js remounted the spans they point into).
    const key = JSON.stringify(drawn);
    const stale = this.drawnMarks.some(
      ({ range }) => !range.startContainer.isConnected || !range.endContainer.isConnected,
    );
    if (stale || key !== this.drawnKey) {
      this.drawnMarks = this.buildMarks();
      this.drawnKey = key;
      if (this.overlay.mode === 'highlights') this.overlay.render(this.drawnMarks);
    }
    this.geometry = { marks: this.drawnMarks, badges };
    if (this.geometryTimer !== 0) return;
    this.geometryTimer = window.setTimeout(() => {
      this.geometryTimer = 0;
      metered(() => this.placeBoxes());
    }, 0);
  }

  /** Fresh DOM Ranges for every hint range of every composer, walked from the live blocks. */
  private buildMarks(): Mark[] {
    const marks: Mark[] = [];
    for (const composer of this.composers) {
      for (const hint of this.analysed.get(composer.id)?.report.hints ?? []) {
        if (!hint.range || hint.range.end <= hint.range.start) continue;
        const range = rangeForOffsets(composer.element, hint.range.start, hint.range.end);
        if (range) marks.push({ range, severity: hint.severity });
      }
    }
    return marks;
  }

  private placeBoxes(): void {
    const geometry = this.geometry;
    this.geometry = undefined;
    if (!geometry) return;
    if (this.overlay.mode === 'boxes') {
      this.overlay.render(geometry.marks.filter((mark) => mark.range.startContainer.isConnected));
    }
    const states: BadgeState[] = [];
    for (const { composer, counts, language } of geometry.badges) {
      if (!composer.element.isConnected) continue;
      const box = composer.element.parentElement?.closest(composerContainerSelector);
      states.push({
        composerId: composer.id,
        anchor: (box ?? composer.element).getBoundingClientRect(),
        counts,
        language,
      });
    }
    this.badges.render(states);
  }

  /** Applies a quick fix from the side panel to the named composer; the draft's new text on success. */
  async applyFix(composerId: string, fix: HintFix): Promise<{ ok: true } | { ok: false; message: string }> {
    const composer = findComposers(this.doc, location.pathname).find((found) => found.id === composerId);
    const language = this.deps.language();
    if (!composer || composer.unreadable) {
      return { ok: false, message: format(xMessages, language, 'fixNoComposer') };
    }
    const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const outcome = await applyFix(composer.element, fix, nextFrame);
    this.requestFrame();
    return outcome.ok ? { ok: true } : { ok: false, message: format(xMessages, language, outcome.reason) };
  }
}
