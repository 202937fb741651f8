import { threadScope } from './composers';
import {
  byTestId,
  composerCandidateSelector,
  composerContainerSelector,
  composerIndex,
  pressableSelector,
  testIds,
} from './selectors';

/**
 * Where X's thread controls sit around one part (lib/x/README.md, "Threads"): the add-post button
 * in the active part's toolbar, and the remove button beside the editor of an active part after
 * the first. The remove button has no test id and a translated label, so it is found by its place:
 * the one pressable thing in the part outside its toolbar, its editor and its attachments.
 */

/** True when `scope` holds a composer other than `editor` (the other parts of a thread, say). */
function holdsOtherComposer(scope: Element, editor: Element): boolean {
  for (const tagged of scope.querySelectorAll(composerCandidateSelector)) {
    if (composerIndex(tagged) === null) continue;
    if (tagged !== editor && !tagged.contains(editor) && !editor.contains(tagged)) return true;
  }
  return false;
}

/**
 * The root of the part `editor` belongs to: its highest ancestor below the thread's scope that
 * holds no other part. X draws the parts of a thread as siblings, so this is the part's own box.
 */
export function partRoot(editor: HTMLElement): Element {
  const scope = threadScope(editor);
  let root: Element = editor;
  for (
    let at = editor.parentElement;
    at && at !== scope && !holdsOtherComposer(at, editor);
    at = at.parentElement
  ) {
    root = at;
  }
  return root;
}

/** Whether X lets the button be pressed now (it disables `addButton` while the part is empty). */
export function isEnabled(button: HTMLElement): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

/**
 * X's add-post button of the part `editor` belongs to, or null when that part shows none: it is
 * not the active part, or the composer has no threads (X shows the button in the toolbar of the
 * active part only). The nearest button up from the editor counts only if nothing between holds
 * another part.
 */
export function addButtonFor(editor: HTMLElement): HTMLElement | null {
  const selector = byTestId(testIds.addPostButton);
  for (let at = editor.parentElement; at; at = at.parentElement) {
    const button = at.querySelector<HTMLElement>(selector);
    if (button) return holdsOtherComposer(at, editor) ? null : button;
  }
  return null;
}

/**
 * X's remove button of the part `editor` belongs to: the one pressable element in the part that is
 * not in its toolbar, its editor box or its attachments. Null when there is none (X shows it only
 * on the active part after the first, and only while that part is empty unless a switch says
 * otherwise) or more than one, when guessing could press the wrong thing.
 */
export function removeButtonFor(editor: HTMLElement): HTMLElement | null {
  const root = partRoot(editor);
  if (root === editor) return null;
  const field = editor.parentElement?.closest(composerContainerSelector) ?? editor;
  const excluded = `${byTestId(testIds.toolBar)}, ${byTestId(testIds.attachments)}`;
  const found: HTMLElement[] = [];
  for (const candidate of root.querySelectorAll<HTMLElement>(pressableSelector)) {
    if (field.contains(candidate) || candidate.contains(editor)) continue;
    const outside = candidate.closest(excluded);
    if (outside && root.contains(outside)) continue;
    // A pressable inside another one is the same control.
    const outer = candidate.parentElement?.closest(pressableSelector);
    if (outer && root.contains(outer)) continue;
    found.push(candidate);
  }
  return found.length === 1 ? (found[0] as HTMLElement) : null;
}
