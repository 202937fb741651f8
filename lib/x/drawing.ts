import type { UiLanguage } from '../core/languages';
import type { Severity } from '../core/types';
import type { DraftReport } from '../rules/types';
import { type BadgeState, Badges, type Box } from './badge';
import type { FoundComposer } from './composers';
import { rangeForOffsets } from './draft-text';
import { boxesOf, type MarkBox, overlaps, renderMarks } from './marks';
import { Overlay } from './overlay';
import { byTestId, testIds, typeaheadSelector } from './selectors';
import { themeOf, type XTheme } from './theme';

/**
 * The elements from `element` up that scroll their content (not the page itself): read once per
 * composer drawn, in the geometry task, where style is fresh.
 */
function scrollingBoxes(element: Element): Element[] {
  const view = element.ownerDocument.defaultView;
  const boxes: Element[] = [];
  for (
    let at: Element | null = element;
    at && at !== element.ownerDocument.documentElement;
    at = at.parentElement
  ) {
    if (at === element.ownerDocument.body) break;
    const overflow = view?.getComputedStyle(at).overflowY ?? '';
    if (overflow === 'auto' || overflow === 'scroll') boxes.push(at);
  }
  return boxes;
}

/** A composer someone writes in, with its report (null when it cannot be read). */
export type Drawable = { composer: FoundComposer; report: DraftReport | null };

/**
 * How often X's theme is read while something is drawn. Reading it (getComputedStyle) is done in
 * the geometry task, after a frame, where style is fresh and the read costs next to nothing.
 */
const themeCheckMs = 1000;

type Deps = {
  doc: Document;
  /** Asks for `place()` in the task after the next frame, when layout is fresh. */
  requestGeometry: () => void;
  openCoach: () => void;
  /** 'open' for unit tests only. */
  shadow?: ShadowRootMode;
};

function countsOf(report: DraftReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, suggestion: 0 };
  for (const hint of report.hints) counts[hint.severity] += 1;
  return counts;
}

function boxOf(element: Element): Box {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

/** The badge's size in the overlay's stylesheet (lib/x/overlay.ts), and its gap to the editor. */
const BADGE = { width: 60, height: 20, gap: 2 };
/** How far up from the editor box to look for its part's toolbar. */
const TOOLBAR_DEPTH = 6;

// X mounts one toolbar, in the active part, and unmounts it when another part becomes active: a
// toolbar found stays right while it is on the page.
const toolbars = new WeakMap<Element, Element>();

/** X's toolbar nearest an editor box: its part's, when that part is the active one. */
function toolbarOf(anchor: Element): Element | null {
  const known = toolbars.get(anchor);
  if (known?.isConnected) return known;
  let scope = anchor.parentElement;
  for (let depth = 0; scope && depth < TOOLBAR_DEPTH; depth++, scope = scope.parentElement) {
    const bar = scope.querySelector(byTestId(testIds.toolBar));
    if (bar) {
      toolbars.set(anchor, bar);
      return bar;
    }
  }
  return null;
}

/**
 * X's open `@`/`#` list, if any: by the id the editor's `aria-controls` names (one look-up), else,
 * for an editor without it, by a query of the page.
 */
function openTypeahead(doc: Document, active: readonly Drawable[]): Element | null {
  let unnamed = false;
  for (const { composer } of active) {
    const id = composer.element.getAttribute('aria-controls');
    const list = id ? doc.getElementById(id) : null;
    if (list) return list;
    if (!id) unnamed = true;
  }
  return unnamed ? doc.querySelector(typeaheadSelector) : null;
}

/**
 * Where the badge goes, in the viewport: under the editor box's right end, unless the toolbar
 * starts right under it (no row between, as in replies), where the badge would cover X's Post or
 * Reply button; then it sits in the box's bottom-right corner instead.
 */
function badgeBox(clip: Box, anchor: Element): Box {
  let top = clip.bottom + BADGE.gap;
  const bar = toolbarOf(anchor);
  if (bar) {
    const below = bar.getBoundingClientRect();
    const under =
      below.top >= clip.bottom - BADGE.gap &&
      below.left < clip.right &&
      below.right > clip.right - BADGE.width;
    if (under && below.top < top + BADGE.height)
      top = Math.max(clip.top, below.top - BADGE.height - BADGE.gap);
  }
  return { left: clip.right - BADGE.width, top, right: clip.right, bottom: top + BADGE.height };
}

/**
 * Highlights and badges for the composers someone writes in, drawn in the overlay. Nothing is
 * measured while nothing changes: a new report, a composer that resizes (a ResizeObserver, which
 * also sees one leave the page), a scroll inside X's own scrolling boxes, or a window resize asks
 * for one geometry task. Page scrolling needs none: the page layer scrolls with the page.
 */
export class Drawing {
  private readonly overlay: Overlay;
  private readonly badges: Badges;
  private active: Drawable[] = [];
  private language: UiLanguage = 'en';
  private drawnKey = '';
  private theme: XTheme | undefined;
  private themeReadAt = Number.NEGATIVE_INFINITY;
  /** The anchors drawn from, each with the boxes around it that scroll on their own. */
  private readonly anchors = new Map<Element, Element[]>();
  private readonly resizes: ResizeObserver | undefined;
  private listening = false;

  constructor(private readonly deps: Deps) {
    this.overlay = new Overlay(deps.doc, deps.shadow);
    this.badges = new Badges(deps.doc, deps.openCoach);
    this.resizes =
      typeof ResizeObserver === 'function' ? new ResizeObserver(() => deps.requestGeometry()) : undefined;
  }

  /** The open overlay's shadow root, for unit tests (open roots only). */
  get root(): ShadowRoot | undefined {
    return this.overlay.root;
  }

  /**
   * What to draw after this frame. Geometry is asked for only when something drawn may have
   * changed: another hint range, count, composer, language, a theme to check, or the page's
   * structure (`restructured`: X's typeahead opened or closed, which the badge must not cover).
   */
  update(active: Drawable[], language: UiLanguage, restructured = false): void {
    this.active = active;
    this.language = language;
    if (active.length === 0) {
      this.clear();
      return;
    }
    this.listen(true);
    const key = JSON.stringify([
      language,
      active.map(({ composer, report }) => [
        composer.id,
        report?.hints.map((hint) => [hint.severity, hint.range?.start, hint.range?.end]) ?? null,
      ]),
    ]);
    const themeDue = performance.now() - this.themeReadAt >= themeCheckMs;
    if (restructured || key !== this.drawnKey || themeDue || !this.overlay.shown) {
      this.drawnKey = key;
      this.deps.requestGeometry();
    }
  }

  /** Measures and draws: the geometry task, run after a frame when layout is fresh. */
  place(): void {
    if (this.active.length === 0) return;
    const doc = this.deps.doc;
    const now = performance.now();
    if (this.theme === undefined || now - this.themeReadAt >= themeCheckMs) {
      this.themeReadAt = now;
      this.theme = themeOf(doc);
    }
    const view = doc.defaultView;
    const scroll = { x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 };
    const typeahead = openTypeahead(doc, this.active);
    const avoid = typeahead ? boxOf(typeahead) : null;
    const marks: MarkBox[] = [];
    const badges: BadgeState[] = [];
    const anchors = new Set<Element>();
    for (const { composer, report } of this.active) {
      if (!composer.element.isConnected) continue;
      anchors.add(composer.anchor);
      const clip = boxOf(composer.anchor);
      const offset = composer.fixed ? { x: 0, y: 0, fixed: true } : { ...scroll, fixed: false };
      for (const hint of report?.hints ?? []) {
        if (!hint.range || hint.range.end <= hint.range.start) continue;
        const range = rangeForOffsets(composer.element, hint.range.start, hint.range.end);
        if (range) marks.push(...boxesOf(range, hint.severity, clip, avoid, offset));
      }
      const badge = badgeBox(clip, composer.anchor);
      badges.push({
        composerId: composer.id,
        at: { right: badge.right + offset.x, top: badge.top + offset.y },
        fixed: composer.fixed,
        hidden:
          (clip.right === clip.left && clip.bottom === clip.top) ||
          (avoid !== null && overlaps(badge, avoid)),
        counts: report ? countsOf(report) : null,
        language: this.language,
      });
    }
    const layers = this.overlay.open(this.theme);
    renderMarks(doc, layers, marks);
    this.badges.render(layers, badges, this.theme);
    this.follow(anchors);
  }

  private readonly onScroll = () => this.deps.requestGeometry();

  private readonly onResize = () => this.deps.requestGeometry();

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const view = this.deps.doc.defaultView;
    if (on) view?.addEventListener('resize', this.onResize, { passive: true });
    else view?.removeEventListener('resize', this.onResize);
  }

  /**
   * Watches the boxes the badges hang from, so badges and marks follow a draft that grows, and
   * listens to the scrolling boxes around them (X's editor wrapper, its modal): the page's own
   * scrolling moves the page layer with it and needs no listener.
   */
  private follow(anchors: Set<Element>): void {
    for (const [anchor, scrollers] of this.anchors) {
      if (anchors.has(anchor)) continue;
      this.resizes?.unobserve(anchor);
      for (const scroller of scrollers) scroller.removeEventListener('scroll', this.onScroll);
      this.anchors.delete(anchor);
    }
    for (const anchor of anchors) {
      if (this.anchors.has(anchor)) continue;
      this.resizes?.observe(anchor);
      const scrollers = scrollingBoxes(anchor);
      for (const scroller of scrollers) scroller.addEventListener('scroll', this.onScroll, { passive: true });
      this.anchors.set(anchor, scrollers);
    }
  }

  /** Nobody writes: everything drawn goes, and nothing is watched. */
  clear(): void {
    this.active = [];
    this.drawnKey = '';
    this.overlay.close();
    this.badges.clear();
    this.follow(new Set());
    this.listen(false);
  }

  /** Stops for good (the content script is invalidated). */
  destroy(): void {
    this.clear();
    this.resizes?.disconnect();
  }
}
