import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiLanguage } from '../core/languages';
import { format } from '../i18n/index';
import type { ComposerState, ContentMessage } from '../messaging/protocol';
import type { DraftInput, DraftReport, HintFix } from '../rules/types';
import { DraftAnalysis } from './analysis';
import { applyFix } from './apply-fix';
import { applySplit, type SplitDeps, type SplitRecord, undoSplit } from './apply-split';
import { type FoundComposer, findComposers } from './composers';
import { readDraftText } from './draft-text';
import { type Drawable, Drawing } from './drawing';
import { type XMessageKey, xMessages } from './messages';
import { OrphanCheck } from './orphan';
import { PageSignals } from './page-signals';
import { WorkSchedule } from './schedule';
import { TabStateSender } from './tab-state';
import { WarmUp } from './warm-up';
import { PageWatch } from './watch';

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
  /** 'open' lets unit tests look into the overlay; x.com always gets a closed one. */
  overlayShadow?: ShadowRootMode;
};

/**
 * The live coach on one x.com document. Each run: find the composers (only when the page's
 * structure may have changed), read their drafts, analyse them (each draft once), send the tab's
 * state when it changed, and draw highlights and badges for the composers someone writes in.
 * While nobody writes it watches nothing but focus, clicks, keys and navigation (lib/x/watch.ts).
 */
export class Coach {
  private readonly doc = document;
  private readonly now: () => number;
  private readonly schedule: WorkSchedule;
  private readonly watch: PageWatch;
  private readonly analysis: DraftAnalysis;
  private readonly tabState: TabStateSender;
  private readonly drawing: Drawing;
  private readonly signals: PageSignals;
  private readonly orphan: OrphanCheck;
  private readonly warmUp: WarmUp;
  private composers: FoundComposer[] = [];
  /** The last split, for its one step of undo; kept here, in the page, never sent anywhere. */
  private lastSplit: SplitRecord | null = null;
  private splitting = false;
  /** Set when composers may have come or gone: only then are they looked for again. */
  private structureChanged = true;
  private writingSeen = false;

  constructor(private readonly deps: CoachDeps) {
    this.now = deps.now ?? (() => Date.now());
    const stopped = () => deps.ctx.signal.aborted;
    this.schedule = new WorkSchedule({
      doc: this.doc,
      stopped,
      work: () => this.run(),
      geometry: () => this.drawing.place(),
    });
    this.analysis = new DraftAnalysis(deps.analyze);
    this.tabState = new TabStateSender((message) => this.send(message));
    this.drawing = new Drawing({
      doc: this.doc,
      requestGeometry: () => this.schedule.requestGeometry(),
      openCoach: () => this.send({ type: 'open-coach' }),
      ...(deps.overlayShadow ? { shadow: deps.overlayShadow } : {}),
    });
    this.signals = new PageSignals({
      doc: this.doc,
      send: (message) => this.send(message),
      composers: () => findComposers(this.doc, location.pathname),
      reportOf: (id) => this.analysis.reportOf(id),
      now: this.now,
    });
    this.orphan = new OrphanCheck(deps.ctx, this.now);
    this.warmUp = new WarmUp({ analyze: deps.analyze, stopped, startedAt: performance.now() });
    this.watch = new PageWatch(this.doc, deps.ctx, {
      edited: () => this.schedule.changed(),
      structure: () => this.restructure(),
      look: () => this.schedule.request(),
      click: (event) => this.signals.onClick(event),
      keydown: (event) => this.signals.onKeyDown(event),
      location: () => {
        this.signals.onLocationChange();
        this.restructure();
      },
    });
  }

  /** Starts listening; returns at once. The first run looks for drafts already on the page. */
  start(): void {
    this.deps.ctx.onInvalidated(() => {
      this.schedule.destroy();
      this.orphan.destroy();
      this.signals.destroy();
      this.drawing.destroy();
      this.analysis.clear();
    });
    this.watch.start();
    this.signals.onLocationChange();
    this.schedule.request();
  }

  /** Forget every report, e.g. after the strategy or the engine arrived, and analyse again in the next frame. */
  reanalyse(): void {
    this.analysis.clear();
    this.schedule.request();
    // The engine loads once someone writes; until then there is nothing to warm up.
    if (this.writingSeen) this.warmUp.run();
  }

  /**
   * The analysis cannot run on this page (its engine failed to load): every draft with text is
   * shown to the side panel as one Kvitter cannot check, instead of the panel going quiet.
   */
  analysisFailed(reason: string): void {
    this.analysis.fail(reason);
    this.schedule.request();
  }

  /** Applies a quick fix from the side panel to the named composer. */
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

  /**
   * Splits the named composer's draft into the thread `parts` (lib/x/apply-split.ts). Only a post
   * in the modal or the home box: there X adds parts with its own button.
   */
  async applySplit(
    composerId: string,
    parts: string[],
  ): Promise<{ ok: true } | { ok: false; message: string }> {
    const language = this.deps.language();
    const say = (key: XMessageKey, params: Record<string, number> = {}) =>
      format(xMessages, language, key, params);
    const composer = findComposers(this.doc, location.pathname).find((found) => found.id === composerId);
    if (!composer || composer.unreadable) return { ok: false, message: say('fixNoComposer') };
    if (composer.kind !== 'post' || (composer.surface !== 'modal' && composer.surface !== 'home')) {
      return { ok: false, message: say('splitNotHere') };
    }
    if (this.splitting) return { ok: false, message: say('splitBusy') };
    this.splitting = true;
    try {
      const outcome = await applySplit(composer, parts, this.splitDeps());
      if (outcome.ok) {
        this.lastSplit = outcome.record;
        return { ok: true };
      }
      const message = say(outcome.reason, outcome.part !== undefined ? { part: outcome.part } : {});
      if (outcome.restored === undefined) return { ok: false, message };
      return {
        ok: false,
        message: `${message} ${say(outcome.restored ? 'splitRestored' : 'splitNotRestored')}`,
      };
    } finally {
      this.splitting = false;
      this.restructure();
    }
  }

  /** Undoes the last split on this page: the added parts go, the original draft comes back. */
  async undoSplit(): Promise<{ ok: true } | { ok: false; message: string }> {
    const say = (key: XMessageKey) => format(xMessages, this.deps.language(), key);
    const record = this.lastSplit;
    if (!record) return { ok: false, message: say('splitNothingToUndo') };
    if (this.splitting) return { ok: false, message: say('splitBusy') };
    this.splitting = true;
    try {
      const outcome = await undoSplit(record, this.splitDeps());
      if (!outcome.ok) return { ok: false, message: say(outcome.reason) };
      this.lastSplit = null;
      return { ok: true };
    } finally {
      this.splitting = false;
      this.restructure();
    }
  }

  private splitDeps(): SplitDeps {
    return {
      doc: this.doc,
      pathname: () => location.pathname,
      // Frames pace the work with X's rendering; a hidden tab gets none, so a timer stands in.
      nextFrame: () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 100);
          requestAnimationFrame(() => {
            clearTimeout(timer);
            resolve();
          });
        }),
    };
  }

  private send(message: ContentMessage): void {
    if (!this.deps.ctx.signal.aborted) this.deps.send(message);
  }

  private restructure(): void {
    this.structureChanged = true;
    this.schedule.request();
  }

  private run(): void {
    if (this.deps.ctx.signal.aborted || this.orphan.orphaned()) return;
    // Find: only when something said the structure may have changed, or a known editor is gone.
    const restructured =
      this.structureChanged || this.composers.some((composer) => !composer.element.isConnected);
    if (restructured) {
      this.structureChanged = false;
      this.composers = findComposers(this.doc, location.pathname);
    }
    // Read and analyse.
    const states: ComposerState[] = [];
    const active: Drawable[] = [];
    const focused = this.doc.activeElement;
    for (const composer of this.composers) {
      const hasFocus = focused !== null && composer.element.contains(focused);
      const text = composer.unreadable ? null : readDraftText(composer.element);
      if (!this.writingSeen && (hasFocus || (text ?? '') !== '')) this.startWriting();
      const state = this.analysis.stateOf(composer, text);
      // Until the strategy is read (a few ms after load) there is nothing true to report yet.
      if (!state) return;
      states.push(state);
      const writes = state.status === 'unreadable' ? hasFocus : hasFocus || state.text !== '';
      if (writes) active.push({ composer, report: state.status === 'ok' ? state.report : null });
    }
    this.analysis.keepOnly(new Set(this.composers.map((composer) => composer.id)));
    this.watch.follow(active.map(({ composer }) => composer));
    // A structure change (X's typeahead opening over the badge, a part added) moves what is drawn
    // even when no hint changed.
    this.drawing.update(active, this.deps.language(), restructured);
    // Sent last: the message wakes the side panel and the browser, which then compete with the
    // page for the machine's cores; nothing of Kvitter's should still be running on the page by then.
    this.tabState.offer({ url: location.href, composers: states });
  }

  /** Someone writes for the first time on this page: the engine is loaded now, and warmed up. */
  private startWriting(): void {
    this.writingSeen = true;
    this.deps.writing?.();
  }
}
