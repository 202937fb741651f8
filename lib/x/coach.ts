import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Severity } from '../core/types';
import { format, type UiLanguage } from '../i18n/index';
import type { ComposerState, ContentMessage } from '../messaging/protocol';
import type { DraftInput, DraftReport, HintFix } from '../rules/types';
import { applyFix } from './apply-fix';
import { type BadgeState, Badges } from './badge';
import { type FoundComposer, findComposers } from './composers';
import { isTextarea, rangeForOffsets, readDraftText } from './draft-text';
import { xMessages } from './messages';
import { metered } from './meter';
import { HintOverlay, type Mark } from './overlay';
import { PageSignals } from './page-signals';
import { WorkSchedule } from './schedule';
import { composerContainerSelector } from './selectors';
import { themeOf, type XTheme } from './theme';

/** What the coach needs from the rest of the extension; injected so it runs in unit tests as on x.com. */
export type CoachDeps = {
  ctx: ContentScriptContext;
  /** The rule engine with the current strategy, or null while the strategy or the engine is still loading. */
  analyze: (draft: DraftInput) => DraftReport | null;
  /**
   * Someone has started to write: a composer has the focus or holds text. Called once, so the
   * analysis engine is loaded only on pages where it is needed (lib/x/engine.ts).
   */
  writing?: () => void;
  send: (message: ContentMessage) => void;
  language: () => UiLanguage;
  now?: () => number;
};

type PendingBadge = {
  composer: FoundComposer;
  counts: Record<Severity, number> | null;
  language: UiLanguage;
};

/**
 * Whether the panel would show the same: same page and composers, and the very same report
 * objects (a report is reused for as long as its composer's text, kind and position stay the same).
 * Compared field by field rather than serialised: this runs on every keystroke.
 */
function sameTabState(
  a: { url: string; composers: ComposerState[] },
  b: { url: string; composers: ComposerState[] },
): boolean {
  if (a.url !== b.url || a.composers.length !== b.composers.length) return false;
  return a.composers.every((before, i) => {
    const after = b.composers[i];
    if (!after || before.id !== after.id || before.surface !== after.surface) return false;
    if (before.status === 'ok') return after.status === 'ok' && before.report === after.report;
    return after.status === 'unreadable' && before.reason === after.reason;
  });
}

/** Whether a mutation only added or removed Kvitter's own layers (`kvitter-badges`, `kvitter-highlights`). */
function ownNodes(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const own = (node: Node) => node.nodeName.startsWith('KVITTER-');
  return [...record.addedNodes, ...record.removedNodes].every(own);
}

/** Drafts that take every costly first path of the rule engine (see Coach.warmUp); never shown or sent. */
const warmUpDrafts = [
  'Hei på deg',
  'https://example.com',
  'www.example.no',
  '👍🏽 @kvitter',
  '#Kvitter #kvitter',
];

/** The idle time a warm-up draft waits for: compiling the URL expression took 33 ms in Chromium. */
const warmUpIdleMs = 40;
/** How long after the coach's start the warm-up may begin, and how long it waits after an idle period too short for it. */
const warmUpWaitMs = 1500;

/** How often the runtime is asked whether this content script is still the extension's live one. */
const invalidCheckMs = 1000;

/**
 * How often X's theme is read while the coach works. Reading it (getComputedStyle) forces a style
 * recalculation when the page just changed, so it is read in the geometry task after a frame,
 * where style is fresh and the read costs nothing, at most this often.
 */
const themeCheckMs = 1000;

/** Makes `held` equal to `current`, calling `start` for each item added and `stop` for each removed. */
function follow<T>(held: Set<T>, current: Set<T>, start: (item: T) => void, stop: (item: T) => void): void {
  for (const item of held) {
    if (current.has(item)) continue;
    stop(item);
    held.delete(item);
  }
  for (const item of current) {
    if (held.has(item)) continue;
    start(item);
    held.add(item);
  }
}

type Analysed = { text: string; kind: string; position: number; report: DraftReport };

/**
 * The live coach on one x.com document: finds the composers, analyses each draft at most once per
 * animation frame, tells the side panel and background when what they would show changed, draws
 * highlights and badges, and applies quick fixes. Everything it starts is stopped when `ctx` is invalidated.
 */
export class Coach {
  private readonly doc: Document;
  private readonly now: () => number;
  private readonly analysed = new Map<string, Analysed>();
  private sent: { url: string; composers: ComposerState[] } | undefined;
  private readonly overlay: HintOverlay;
  private readonly badges: Badges;
  private readonly signals: PageSignals;
  private composers: FoundComposer[] = [];
  /**
   * Set when the page changed outside the composers' editors (or the URL changed): only then are
   * the composers looked for again. Typing mutates inside an editor and needs just a fresh read.
   */
  private structureChanged = true;
  private readonly schedule: WorkSchedule;
  /** Textareas (mobile web) being listened to: their value changes without any DOM mutation. */
  private readonly textareas = new Set<HTMLTextAreaElement>();
  /** When the runtime was last asked whether this content script is still the live one. */
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checkTimer = 0;
  private geometry: { marks: Mark[]; badges: PendingBadge[] } | undefined;
  /** What the badges last showed (composers, counts, language): typing mostly leaves it unchanged. */
  private badgeKey = '';
  /** The composers' boxes the badges hang from, watched so the badges follow a draft that grows. */
  private readonly anchors = new Set<Element>();
  private readonly anchorObserver: ResizeObserver | undefined;
  private theme: XTheme | undefined;
  private themeReadAt = Number.NEGATIVE_INFINITY;
  private drawnMarks: Mark[] = [];
  private drawnKey = '';
  private drawnWords: string[] = [];
  private warmedUp = false;
  private startedAt = 0;
  private writingSeen = false;
  /** Why drafts cannot be analysed at all (the engine failed to load), for the side panel. */
  private failure: string | undefined;

  constructor(private readonly deps: CoachDeps) {
    this.doc = document;
    this.now = deps.now ?? (() => Date.now());
    this.schedule = new WorkSchedule({
      doc: this.doc,
      stopped: () => deps.ctx.signal.aborted,
      work: () => this.frame(),
      geometry: () => this.placeBoxes(),
    });
    // Called after layout, within the frame: the badges move in the same frame as the draft grows.
    this.anchorObserver =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => metered(() => this.placeBoxes()))
        : undefined;
    this.overlay = new HintOverlay(this.doc);
    this.badges = new Badges(this.doc, () => this.send({ type: 'open-coach' }));
    this.signals = new PageSignals({
      doc: this.doc,
      send: (message) => this.send(message),
      reportOf: (id) => this.analysed.get(id)?.report,
      requestFrame: () => this.schedule.request(),
    });
  }

  /** Starts observing; returns at once. Work follows DOM changes and input, as WorkSchedule decides. */
  start(): void {
    const { ctx } = this.deps;
    this.startedAt = this.now();
    // One observer, scoped to the body (X renders #react-root and #layers there). Its callback notes
    // whether the change was inside an editor and hands it to the schedule: x.com mutates constantly.
    const observer = new MutationObserver((records) => metered(() => this.onMutations(records)));
    observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      this.anchorObserver?.disconnect();
      this.anchors.clear();
      this.schedule.destroy();
      clearTimeout(this.checkTimer);
      for (const textarea of this.textareas) textarea.removeEventListener('input', this.onTextareaInput);
      this.textareas.clear();
      this.signals.destroy();
      this.overlay.destroy();
      this.badges.destroy();
      this.analysed.clear();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.signals.onLocationChange();
      this.structureChanged = true;
      this.schedule.request();
    });
    // Scrolling moves only the boxes and badges (the Highlight API follows by itself); a resize
    // may rewrap the draft, so it gets a whole frame of work too.
    const scrolled = () => metered(() => this.schedule.requestGeometry());
    const resized = () =>
      metered(() => {
        this.schedule.request();
        this.schedule.requestGeometry();
      });
    ctx.addEventListener(window, 'scroll', scrolled, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', resized, { passive: true });
    const onClick = (event: Event) => metered(() => this.signals.onClick(event, this.now()));
    const onKeyDown = (event: Event) => metered(() => this.signals.onKeyDown(event, this.now()));
    ctx.addEventListener(this.doc, 'click', onClick, { capture: true });
    ctx.addEventListener(this.doc, 'keydown', onKeyDown, { capture: true });
    // Focus moves no DOM node: a frame looks whether it went into a composer (see stateOf).
    const onFocus = () => metered(() => this.writingSeen || this.schedule.request());
    ctx.addEventListener(this.doc, 'focusin', onFocus, { capture: true });
    this.schedule.request();
  }

  /** Forget every report, e.g. after the strategy changed, and analyse again in the next frame. */
  reanalyse(): void {
    this.analysed.clear();
    this.schedule.request();
    this.warmUp();
  }

  /**
   * The analysis cannot run on this page (its engine failed to load): every draft with text is
   * shown to the side panel as one Kvitter cannot check, instead of the panel going quiet.
   */
  analysisFailed(reason: string): void {
    this.failure = reason;
    this.reanalyse();
  }

  /**
   * The first draft with a full stop, a link, an emoji or a hashtag compiles twitter-text's and
   * the emoji parser's expressions. Measured in Chromium 156: twitter-text's URL expression (13 KB
   * of pattern, most of it the list of top-level domains) takes 33 ms to compile on first use and
   * its domain check 16 ms more; both run as soon as a draft holds a ".". Paid in the middle of
   * someone's typing, that is a visible stall. Done once instead, while the page is idle, one draft
   * per idle callback.
   */
  private warmUp(): void {
    if (this.warmedUp || typeof requestIdleCallback !== 'function') return;
    this.warmedUp = true;
    const drafts = [...warmUpDrafts];
    // Not during x.com's own start-up, when the machine is busiest, and only in a long idle period
    // (the browser allows at most 50 ms): in a short one between two keystrokes the compile would
    // be a long task, so after one the warm-up waits again. A page that is never idle pays the
    // compile on its first full stop instead, as without the warm-up. A callback still pending
    // when the content script is invalidated finds the signal aborted. The engine mostly arrives
    // when someone clicks into a composer, long after start-up: then it starts at once, before the
    // first full stop is typed.
    const later = (wait = warmUpWaitMs) => window.setTimeout(() => requestIdleCallback(next), wait);
    const next = (deadline: IdleDeadline) =>
      metered(() => {
        if (this.deps.ctx.signal.aborted) return;
        if (deadline.timeRemaining() < warmUpIdleMs) {
          later();
          return;
        }
        const text = drafts[0];
        if (text !== undefined && this.deps.analyze({ text, kind: 'post' }) === null) {
          // The engine is not loaded yet: warm it up when it is (reanalyse runs then).
          this.warmedUp = false;
          return;
        }
        drafts.shift();
        if (drafts.length > 0) requestIdleCallback(next);
      });
    later(Math.max(0, this.startedAt + warmUpWaitMs - this.now()));
  }

  private send(message: ContentMessage): void {
    if (!this.deps.ctx.signal.aborted) this.deps.send(message);
  }

  /**
   * After an extension update this copy is orphaned: ctx.isInvalid (a read through the runtime)
   * notices and runs the onInvalidated cleanup. Asked at most once a second, and once more a
   * second after the last frame, so a page where typing stopped is still cleaned up.
   */
  private orphaned(now: number): boolean {
    const wait = this.checkedAt + invalidCheckMs - now;
    if (wait <= 0) {
      this.checkedAt = now;
      return this.deps.ctx.isInvalid;
    }
    if (this.checkTimer === 0) {
      this.checkTimer = window.setTimeout(() => {
        this.checkTimer = 0;
        this.checkedAt = this.now();
        void this.deps.ctx.isInvalid;
      }, wait);
    }
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    if (
      !this.structureChanged &&
      records.some((record) => !this.insideEditor(record.target) && !ownNodes(record))
    ) {
      this.structureChanged = true;
    }
    this.schedule.changed();
  }

  private insideEditor(node: Node): boolean {
    return this.composers.some((composer) => composer.element.contains(node));
  }

  private readonly onTextareaInput = () => metered(() => this.schedule.changed());

  /** Listens to the textareas among the composers, and stops listening to those that are gone. */
  private followTextareas(): void {
    const current = new Set<HTMLTextAreaElement>();
    for (const { element } of this.composers) if (isTextarea(element)) current.add(element);
    follow(
      this.textareas,
      current,
      (textarea) => textarea.addEventListener('input', this.onTextareaInput),
      (textarea) => textarea.removeEventListener('input', this.onTextareaInput),
    );
  }

  private frame(): void {
    const now = this.now();
    if (this.deps.ctx.signal.aborted || this.orphaned(now)) return;
    // Typing mutates inside an editor; only other changes (or an editor gone) can add, remove or
    // re-kind a composer. A composer that could not be read is looked at again every time.
    const structural =
      this.structureChanged ||
      this.composers.some((composer) => composer.unreadable || !composer.element.isConnected);
    if (structural) {
      this.structureChanged = false;
      this.composers = findComposers(this.doc, location.pathname);
      this.followTextareas();
    }
    const states = this.composers.map((composer) => this.stateOf(composer));
    // Until the strategy is read (a few ms after load) there is nothing true to report yet.
    if (states.some((state) => state === null)) return;
    const live = new Set(this.composers.map((composer) => composer.id));
    for (const id of this.analysed.keys()) if (!live.has(id)) this.analysed.delete(id);

    this.draw(structural);
    this.signals.inFrame(now, structural);

    // Sent last: the message wakes the side panel and the browser, which then compete with the
    // page for the machine's cores; nothing of Kvitter's should still be running on the page by then.
    const snapshot = { url: location.href, composers: states as ComposerState[] };
    if (!this.sent || !sameTabState(this.sent, snapshot)) {
      this.sent = snapshot;
      this.send({ type: 'tab-state', ...snapshot, sentAt: performance.timeOrigin + performance.now() });
    }
  }

  /** The composer as the side panel should see it; null while the strategy is still loading. */
  private stateOf(composer: FoundComposer): ComposerState | null {
    const { id, surface, kind, position } = composer;
    const text = composer.unreadable ? null : readDraftText(composer.element);
    if (text === null) {
      this.analysed.delete(id);
      return { status: 'unreadable', id, surface, reason: composer.unreadable ?? 'no text' };
    }
    if (!this.writingSeen && (text !== '' || composer.element.contains(this.doc.activeElement))) {
      this.writingSeen = true;
      this.deps.writing?.();
    }
    if (this.failure && text !== '') return { status: 'unreadable', id, surface, reason: this.failure };
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
   * Highlights are set right away (the Highlight API needs no geometry). Badges, and boxes where
   * the API is missing, are placed in the geometry task, asked for only when something they show
   * may have moved: a new count, a page change outside the editors, a theme to check. A draft that
   * grows moves its badge through the anchor observer.
   */
  private draw(structural: boolean): void {
    const badges: PendingBadge[] = [];
    const language = this.deps.language();
    this.theme ??= themeOf(this.doc);
    // The theme is part of what is drawn: switching it in X's settings repaints the highlights.
    const drawn: unknown[] = [this.theme];
    let badgeKey = language;
    for (const composer of this.composers) {
      const entry = this.analysed.get(composer.id);
      const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
      for (const hint of entry?.report.hints ?? []) counts[hint.severity] += 1;
      badges.push({ composer, counts: entry ? counts : null, language });
      badgeKey += `|${composer.id} ${entry ? `${counts.error} ${counts.warning} ${counts.suggestion}` : '?'}`;
      drawn.push([composer.id, entry?.report.hints.map((h) => [h.severity, h.range])]);
    }
    // x.com mutates all the time, and typing after the last hint moves none of them: rebuild the
    // ranges only when a hint moved, or a range no longer covers its words. DOM Ranges follow
    // text typed before them, but Draft.js remounting a span detaches them, and rewriting a text
    // node collapses them.
    const key = JSON.stringify(drawn);
    const stale = this.drawnMarks.some(
      ({ range }, i) =>
        !range.startContainer.isConnected ||
        !range.endContainer.isConnected ||
        range.toString() !== this.drawnWords[i],
    );
    if (stale || key !== this.drawnKey) {
      this.buildMarks();
      this.drawnKey = key;
      if (this.overlay.mode === 'highlights') this.overlay.render(this.drawnMarks, this.theme);
    }
    this.geometry = { marks: this.drawnMarks, badges };
    const boxes = this.overlay.mode === 'boxes' && (this.drawnMarks.length > 0 || stale);
    const themeDue = performance.now() - this.themeReadAt >= themeCheckMs;
    if (structural || boxes || themeDue || badgeKey !== this.badgeKey) {
      this.badgeKey = badgeKey;
      this.schedule.requestGeometry();
    }
  }

  /**
   * Fresh DOM Ranges for every hint range of every composer, walked from the live blocks, and the
   * words each covers (as Range.toString gives them: no line breaks between blocks).
   */
  private buildMarks(): void {
    this.drawnMarks = [];
    this.drawnWords = [];
    for (const composer of this.composers) {
      const entry = this.analysed.get(composer.id);
      for (const hint of entry?.report.hints ?? []) {
        if (!hint.range || hint.range.end <= hint.range.start) continue;
        const range = rangeForOffsets(composer.element, hint.range.start, hint.range.end);
        if (!range) continue;
        this.drawnMarks.push({ range, severity: hint.severity });
        this.drawnWords.push(
          (entry?.text ?? '').slice(hint.range.start, hint.range.end).replaceAll('\n', ''),
        );
      }
    }
  }

  /** Runs after layout (the task after a frame, or the anchor observer): reading boxes is free here. */
  private placeBoxes(): void {
    const geometry = this.geometry;
    if (!geometry) return;
    const now = performance.now();
    if (now - this.themeReadAt >= themeCheckMs) {
      this.themeReadAt = now;
      const theme = themeOf(this.doc);
      if (theme !== this.theme) {
        // Repaint the highlights in the new colours in the next frame.
        this.theme = theme;
        this.drawnKey = '';
        this.schedule.request();
      }
    }
    const theme = this.theme ?? themeOf(this.doc);
    if (this.overlay.mode === 'boxes') {
      this.overlay.render(
        geometry.marks.filter((mark) => mark.range.startContainer.isConnected),
        theme,
      );
    }
    const states: BadgeState[] = [];
    const anchors = new Set<Element>();
    for (const { composer, counts, language } of geometry.badges) {
      if (!composer.element.isConnected) continue;
      const anchor = composer.element.parentElement?.closest(composerContainerSelector) ?? composer.element;
      anchors.add(anchor);
      states.push({ composerId: composer.id, anchor: anchor.getBoundingClientRect(), counts, language });
    }
    this.badges.render(states, theme);
    // The boxes the badges hang from are watched, so the badges follow a draft that grows.
    const observer = this.anchorObserver;
    if (observer) {
      follow(
        this.anchors,
        anchors,
        (anchor) => observer.observe(anchor),
        (anchor) => observer.unobserve(anchor),
      );
    }
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
    this.schedule.request();
    return outcome.ok ? { ok: true } : { ok: false, message: format(xMessages, language, outcome.reason) };
  }
}
