import type { DraftKind } from '../core/types';
import type { Surface } from '../messaging/protocol';
import { draftBlocks, isTextarea } from './draft-text';
import {
  byTestId,
  composerIndex,
  composerSelector,
  dialogSelector,
  layersSelector,
  statusPathPattern,
  testIds,
} from './selectors';

/** One composer found on the page: where it is, what it writes, and whether Kvitter can read it. */
export type FoundComposer = {
  /** Stable while the composer lives: surface plus thread position, e.g. `modal:1`. */
  id: string;
  element: HTMLElement;
  surface: Surface;
  kind: DraftKind;
  position: number;
  /** Set when the composer is on the page but its text cannot be read (X changed its markup). */
  unreadable?: string;
};

function surfaceOf(element: Element, pathname: string): Surface {
  if (isTextarea(element)) return 'mobile';
  if (element.closest(`${layersSelector}, ${dialogSelector}`)) return 'modal';
  if (statusPathPattern.test(pathname)) return 'inline-reply';
  return 'home';
}

/** Anything X draws for a post: the post it answers above the editor, or the quoted one below it. */
const shownPostSelector = [
  `article${byTestId(testIds.post)}`,
  byTestId(testIds.postText),
  byTestId(testIds.userName),
].join(', ');

/**
 * Reply or quote, judged from the modal (or mobile page) the composer sits in: X shows the post
 * being answered above the first editor and attaches a quoted post below the editor that quotes it.
 * The home box and the inline reply need no judging: their surface says it.
 */
function kindOf(element: HTMLElement, surface: Surface, all: HTMLElement[]): DraftKind {
  if (surface === 'inline-reply') return 'reply';
  if (surface === 'home') return 'post';
  const scope =
    element.closest(dialogSelector) ?? element.closest(layersSelector) ?? element.ownerDocument.body;
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

/**
 * Every composer on the page, in document order: the home box, the modal's thread parts, the inline
 * reply on a status page, the mobile textarea. Called once per animation frame at most; it holds on
 * to nothing.
 */
export function findComposers(doc: Document, pathname: string): FoundComposer[] {
  const elements = Array.from(doc.querySelectorAll<HTMLElement>(composerSelector));
  const seen = new Set<string>();
  const found: FoundComposer[] = [];
  for (const element of elements) {
    const position = composerIndex(element);
    if (position === null) continue;
    const surface = surfaceOf(element, pathname);
    let id = `${surface}:${position}`;
    for (let n = 2; seen.has(id); n++) id = `${surface}:${position}#${n}`;
    seen.add(id);
    const composer: FoundComposer = {
      id,
      element,
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

/** The composers a post button sends: those in the same dialog, or the nearest group around the button. */
export function composersForButton(button: Element, composers: FoundComposer[]): FoundComposer[] {
  for (let scope = button.parentElement; scope; scope = scope.parentElement) {
    const inside = composers.filter((composer) => scope.contains(composer.element));
    if (inside.length > 0) return inside;
  }
  return [];
}
