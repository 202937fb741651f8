import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FoundComposer } from './composers';
import { isTextarea } from './draft-text';
import { composerCandidateSelector, layersSelector } from './selectors';

/** What the watch reports to the coach. */
export type WatchEvents = {
  /** Text changed inside an editor someone writes in: analyse at once if a frame has passed. */
  edited: () => void;
  /** Composers may have come, gone or changed: look for them again in the next frame. */
  structure: () => void;
  /** Something may have changed what the coach shows (focus, visibility): look in the next frame. */
  look: () => void;
  click: (event: Event) => void;
  keydown: (event: Event) => void;
  /** X navigated inside its single-page app. */
  location: () => void;
};

/**
 * What the coach listens to, and nothing more. People mostly read x.com, where X mutates its DOM
 * many times a second; while nobody writes, Kvitter observes none of it. It listens only for
 * focus, clicks and keys (a composer is written in only after one of those) and for X's own
 * navigations. Once someone writes, it observes the editors themselves (typing) and X's small
 * modal layer (a thread part added, the typeahead, the modal closing).
 */
export class PageWatch {
  private readonly editors: MutationObserver;
  private readonly layers: MutationObserver;
  private readonly textareas = new Set<HTMLTextAreaElement>();
  private observed: HTMLElement[] = [];
  private layersObserved = false;

  constructor(
    private readonly doc: Document,
    private readonly ctx: ContentScriptContext,
    private readonly on: WatchEvents,
  ) {
    this.editors = new MutationObserver(() => on.edited());
    this.layers = new MutationObserver(() => on.structure());
  }

  /** Starts listening; everything stops when the content script is invalidated. */
  start(): void {
    const { ctx, doc, on } = this;
    const capture = { capture: true } as const;
    ctx.addEventListener(doc, 'focusin', this.onFocusIn, capture);
    ctx.addEventListener(doc, 'focusout', () => this.observed.length > 0 && on.look(), capture);
    ctx.addEventListener(doc, 'click', (event) => on.click(event), capture);
    ctx.addEventListener(doc, 'keydown', (event) => on.keydown(event), capture);
    ctx.addEventListener(doc, 'visibilitychange', () => doc.hidden || on.look());
    ctx.addEventListener(window, 'wxt:locationchange', () => on.location());
    ctx.onInvalidated(() => this.follow([]));
  }

  /** Focus into a composer: someone is about to write there (it may be one the coach has not seen). */
  private readonly onFocusIn = (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.closest(composerCandidateSelector)) this.on.structure();
  };

  private readonly onInput = () => this.on.edited();

  /** Observes exactly these composers (the ones someone writes in), and X's layer while there are any. */
  follow(composers: readonly FoundComposer[]): void {
    const editors = composers.map((composer) => composer.element);
    const same = editors.length === this.observed.length && editors.every((e, i) => e === this.observed[i]);
    if (!same) {
      this.editors.disconnect();
      for (const editor of editors) {
        if (!isTextarea(editor))
          this.editors.observe(editor, { childList: true, subtree: true, characterData: true });
      }
      this.observed = editors;
      const textareas = new Set(editors.filter(isTextarea));
      for (const textarea of this.textareas) {
        if (!textareas.has(textarea)) textarea.removeEventListener('input', this.onInput);
      }
      for (const textarea of textareas) {
        if (!this.textareas.has(textarea)) textarea.addEventListener('input', this.onInput);
      }
      this.textareas.clear();
      for (const textarea of textareas) this.textareas.add(textarea);
    }
    const layers = editors.length > 0 ? this.doc.querySelector(layersSelector) : null;
    if (layers && !this.layersObserved) {
      this.layers.observe(layers, { childList: true, subtree: true });
      this.layersObserved = true;
    } else if (!layers && this.layersObserved) {
      this.layers.disconnect();
      this.layersObserved = false;
    }
  }
}
