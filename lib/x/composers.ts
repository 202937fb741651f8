import type { DraftKind } from '../core/types';
import type { Surface } from '../messaging/protocol';
import { draftBlocks, isTextarea } from './draft-text';
import {
  composePageSelector,
  composePathPattern,
  composerCandidateSelector,
  composerContainerSelector,
  composerIndex,
  dialogSelector,
  layersSelector,
  openedPostSelector,
  shownPostSelector,
  statusPathPattern,
} from './selectors';

/** One composer found on the page: where it is, what it writes, and whether Kvitter can read it. */
export type FoundComposer = {
  /** Stable while the composer lives: surface plus thread position, e.g. `modal:1`. */
  id: string;
  /** What holds the text: Draft.js's contenteditable, or the mobile `<textarea>`. */
  element: HTMLElement;
  /** The box the badge hangs from and highlights are clipped to (X's scrolling wrapper). */
  anchor: HTMLElement;
  /** True inside X's modal layer, which does not scroll with the page. */
  fixed: boolean;
  surface: Surface;
  kind: DraftKind;
  position: number;
  /** Set when the composer is on the page but its text cannot be read (X changed its markup). */
  unreadable?: string;
};

/**
 * The element that holds a composer's text, for an element carrying a composer test id: the
 * editor itself, or the `<textarea>` (X's phone layout) or editable element inside a wrapper
 * that carries the id (the phone layout does this; the desktop one might one day).
 */
function editorOf(candidate: HTMLElement): HTMLElement {
  if (isTextarea(candidate) || candidate.isContentEditable) return candidate;
  if (candidate.getAttribute('contenteditable') === 'true') return candidate;
  return (
    candidate.querySelector<HTMLElement>('textarea') ??
    candidate.querySelector<HTMLElement>('[contenteditable="true"]') ??
    candidate
  );
}

function surfaceOf(element: Element, pathname: string): Surface {
  if (isTextarea(element)) return 'mobile';
  if (element.closest(`${layersSelector}, ${dialogSelector}`)) return 'modal';
  // Narrow windows show /compose/post as a page of its own, with no dialog: still the modal's composer.
  if (composeContainerOf(element)) return 'modal';
  if (statusPathPattern.test(pathname) || besideOpenedPost(element)) return 'inline-reply';
  return 'home';
}

/** The inline reply of a status page, also while a reply modal over it has taken the URL. */
function besideOpenedPost(element: Element): boolean {
  return element.ownerDocument.querySelector(openedPostSelector)?.parentElement?.contains(element) ?? false;
}

/**
 * The compose page X shows instead of the modal in narrow windows and on phones: the whole page
 * is the thread, so its `main` (or body) plays the dialog's part. Null on any other page.
 */
function composeContainerOf(element: Element): Element | null {
  const doc = element.ownerDocument;
  if (!composePathPattern.test(doc.location?.pathname ?? '') || doc.querySelector(dialogSelector))
    return null;
  return doc.querySelector(composePageSelector) ?? doc.body;
}

/** Where a thread's parts live together: the dialog, else the compose page, else the page body. */
export function threadScope(element: Element): Element {
  return element.closest(dialogSelector) ?? composeContainerOf(element) ?? element.ownerDocument.body;
}

/**
 * Reply or quote, judged from the scope the composer sits in: X shows the post being answered
 * above the first editor, and attaches a quoted post below the editor that quotes it (in
 * `attachments`). The home box and the inline reply need no judging: their surface says it.
 */
function kindOf(element: HTMLElement, surface: Surface, all: HTMLElement[]): DraftKind {
  if (surface === 'inline-reply') return 'reply';
  if (surface === 'home') return 'post';
  const scope = threadScope(element);
  const siblings = all.filter((other) => scope.contains(other));
  const first = siblings[0] ?? element;
  const next = siblings[siblings.indexOf(element) + 1];
  let quoted = false;
  for (const shown of scope.querySelectorAll(shownPostSelector)) {
    if (first.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_PRECEDING) return 'reply';
    const afterThis = element.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_FOLLOWING;
    const beforeNext = !next || next.compareDocumentPosition(shown) & Node.DOCUMENT_POSITION_PRECEDING;
    if (afterThis && beforeNext) quoted = true;
  }
  return quoted ? 'quote' : 'post';
}

/** Why a composer cannot be read, or undefined when it can. */
function unreadableReason(element: HTMLElement, index: number): string | undefined {
  if (isTextarea(element)) return undefined;
  if (!element.isContentEditable && element.getAttribute('contenteditable') !== 'true') {
    return `tweetTextarea_${index} is neither a textarea nor editable`;
  }
  if (draftBlocks(element).length === 0) return `tweetTextarea_${index} holds no Draft.js blocks`;
  return undefined;
}

/** The box a badge hangs from: X's wrapper around the Draft.js editor, else the editor itself. */
function anchorOf(element: HTMLElement): HTMLElement {
  return element.parentElement?.closest<HTMLElement>(composerContainerSelector) ?? element;
}

/**
 * Every composer on the page, in document order: the home box, the modal's thread parts, the
 * inline reply on a status page, the phone layout's textarea. One query; it holds on to nothing.
 */
export function findComposers(doc: Document, pathname: string): FoundComposer[] {
  const editors = new Map<HTMLElement, number>();
  for (const candidate of doc.querySelectorAll<HTMLElement>(composerCandidateSelector)) {
    const position = composerIndex(candidate);
    if (position === null) continue;
    const editor = editorOf(candidate);
    if (!editors.has(editor)) editors.set(editor, position);
  }
  const elements = [...editors.keys()];
  const seen = new Set<string>();
  const found: FoundComposer[] = [];
  for (const [element, position] of editors) {
    const surface = surfaceOf(element, pathname);
    let id = `${surface}:${position}`;
    for (let n = 2; seen.has(id); n++) id = `${surface}:${position}#${n}`;
    seen.add(id);
    const composer: FoundComposer = {
      id,
      element,
      anchor: anchorOf(element),
      fixed: element.closest(`${layersSelector}, ${dialogSelector}`) !== null,
      surface,
      kind: kindOf(element, surface, elements),
      position,
    };
    const reason = unreadableReason(element, position);
    if (reason) composer.unreadable = reason;
    found.push(composer);
  }
  return found;
}

/**
 * The composers a post button sends. X puts the button in the toolbar of the active part, inside
 * that part, so a dialog's (or the compose page's) button sends every part in it; the inline
 * button sends the composer it belongs to.
 */
export function composersForButton(button: Element, composers: FoundComposer[]): FoundComposer[] {
  const thread = button.closest(dialogSelector) ?? composeContainerOf(button);
  if (thread) return composers.filter((composer) => thread.contains(composer.element));
  for (let scope = button.parentElement; scope; scope = scope.parentElement) {
    const inside = composers.filter((composer) => scope.contains(composer.element));
    if (inside.length > 0) return inside;
  }
  return [];
}
