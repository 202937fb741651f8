import type { LocalizedText } from '../core/types';
import { applyFix } from './apply-fix';
import { type FoundComposer, findComposers, threadScope } from './composers';
import { readDraftText } from './draft-text';
import type { XMessageKey } from './messages';
import { addButtonFor, isEnabled, removeButtonFor } from './thread-parts';
import { type NextFrame, replaceDraft, until } from './write-part';

/**
 * Splitting a draft into the parts of a thread inside X's own composer, and undoing it. Part one
 * replaces the draft; each further part goes into a part X itself adds with its add-post button
 * (in the home box, X first moves the draft into the compose modal), and every part is read back
 * after it is written. Undo empties the added parts and removes them with X's remove button, last
 * first, then puts the original draft back. Only input events and X's own buttons: the DOM is
 * never edited directly.
 */

export type SplitDeps = {
  doc: Document;
  pathname: () => string;
  nextFrame: NextFrame;
  /** How long X may take to add a part (ms); X opens the compose modal, a chunk of its own, from the home box. */
  newPartMs?: number;
};

/** What undoing a split needs: where each part went (composer ids), what it holds, and the draft before. */
export type SplitRecord = { ids: string[]; parts: string[]; original: string };

export type SplitFailure = {
  ok: false;
  reason: XMessageKey;
  /** The part (1-based) that failed, when one did. */
  part?: number;
  /** After a failure part-way: whether the draft is back as it was. */
  restored?: boolean;
};

export type SplitOutcome = { ok: true; record: SplitRecord } | SplitFailure;

const NEW_PART_MS = 5000;
const REMOVE_BUTTON_MS = 1000;
const REMOVED_MS = 2000;

const noLabel: LocalizedText = { nb: '', nn: '', en: '' };

function composerById(deps: SplitDeps, id: string): FoundComposer | undefined {
  return findComposers(deps.doc, deps.pathname()).find((composer) => composer.id === id);
}

/** The composer holding the focus, if it is an empty one other than `previous`: the part X just added. */
function focusedNewPart(deps: SplitDeps, previous: HTMLElement): FoundComposer | undefined {
  const focused = deps.doc.activeElement;
  if (!focused) return undefined;
  const composer = findComposers(deps.doc, deps.pathname()).find((c) => c.element.contains(focused));
  if (!composer || composer.element === previous || composer.unreadable) return undefined;
  return readDraftText(composer.element) === '' ? composer : undefined;
}

/** The part before `part` in its thread (the one X added it after). */
function partBefore(deps: SplitDeps, part: FoundComposer): FoundComposer | undefined {
  const scope = threadScope(part.element);
  return findComposers(deps.doc, deps.pathname()).find(
    (c) => c.position === part.position - 1 && scope.contains(c.element) && c.surface === part.surface,
  );
}

/**
 * Writes `parts` into the thread of `composer`: part one in place of its draft, each further one
 * in a new part after it. On a failure part-way, what was written is undone.
 */
export async function applySplit(
  composer: FoundComposer,
  parts: readonly string[],
  deps: SplitDeps,
): Promise<SplitOutcome> {
  const original = readDraftText(composer.element);
  if (original === null || !composer.element.isConnected) return { ok: false, reason: 'fixNoComposer' };
  const ids = [composer.id];
  let current = composer.element;
  const fail = async (reason: XMessageKey, part: number): Promise<SplitFailure> => {
    // Whatever the parts hold now is what this split wrote a moment ago.
    const written = ids.map((id) => {
      const part = composerById(deps, id);
      return part ? (readDraftText(part.element) ?? '') : '';
    });
    const undone = await undoSplit({ ids, parts: written, original }, deps);
    return { ok: false, reason, part, restored: undone.ok };
  };

  if (!(await replaceDraft(current, parts[0] as string, deps.nextFrame))) return fail('splitNotWritten', 1);
  for (let k = 1; k < parts.length; k++) {
    const button = addButtonFor(current);
    if (!button || !isEnabled(button)) return fail('splitNoAddButton', k + 1);
    const previous = current;
    button.click();
    let added: FoundComposer | undefined;
    const appeared = await until(
      () => {
        added = focusedNewPart(deps, previous);
        return added !== undefined;
      },
      deps.nextFrame,
      deps.newPartMs ?? NEW_PART_MS,
    );
    if (!appeared || !added) return fail('splitNoNewPart', k + 1);
    // In the home box X moved the thread so far into the modal: follow it there.
    const before = partBefore(deps, added);
    const inOrder = before !== undefined && readDraftText(before.element) === parts[k - 1];
    if (before && inOrder) ids[k - 1] = before.id;
    ids.push(added.id);
    if (!inOrder) return fail('splitNoNewPart', k + 1);
    current = added.element;
    if (!(await replaceDraft(current, parts[k] as string, deps.nextFrame)))
      return fail('splitNotWritten', k + 1);
  }
  // Once more over the whole thread: writing a part must not have changed another.
  const changed = ids.findIndex((id, k) => {
    const part = composerById(deps, id);
    return !part || readDraftText(part.element) !== parts[k];
  });
  if (changed >= 0) return fail('splitNotWritten', changed + 1);
  return { ok: true, record: { ids, parts: [...parts], original } };
}

export type UndoOutcome = { ok: true } | { ok: false; reason: XMessageKey };

/** Empties one added part and removes it with X's own button; true once it is gone. */
async function removePart(part: FoundComposer, deps: SplitDeps): Promise<boolean> {
  const editor = part.element;
  // The remove button belongs to the active part: X makes a part active when it takes the focus.
  editor.focus();
  await deps.nextFrame();
  const text = readDraftText(editor) ?? '';
  if (text !== '') {
    const cleared = await applyFix(
      editor,
      { label: noLabel, range: { start: 0, end: text.length }, text: '' },
      deps.nextFrame,
    );
    if (!cleared.ok) return false;
  }
  let button: HTMLElement | null = null;
  const shown = await until(
    () => {
      button = editor.isConnected ? removeButtonFor(editor) : null;
      return button !== null;
    },
    deps.nextFrame,
    REMOVE_BUTTON_MS,
  );
  if (!shown || !button) return false;
  (button as HTMLElement).click();
  return until(() => !editor.isConnected, deps.nextFrame, REMOVED_MS);
}

/**
 * Undoes a split: removes the added parts, last first, and puts the original draft back in part
 * one. Refuses, changing nothing, when the parts no longer hold what the split wrote.
 */
export async function undoSplit(record: SplitRecord, deps: SplitDeps): Promise<UndoOutcome> {
  const found = record.ids.map((id) => composerById(deps, id));
  const unchanged = found.every(
    (composer, k) => composer && !composer.unreadable && readDraftText(composer.element) === record.parts[k],
  );
  if (!unchanged) return { ok: false, reason: 'splitChanged' };
  for (let k = record.ids.length - 1; k >= 1; k--) {
    const part = composerById(deps, record.ids[k] as string);
    if (!part || !(await removePart(part, deps))) return { ok: false, reason: 'splitUndoFailed' };
  }
  const first = composerById(deps, record.ids[0] as string);
  if (!first || !(await replaceDraft(first.element, record.original, deps.nextFrame))) {
    return { ok: false, reason: 'splitUndoFailed' };
  }
  return { ok: true };
}
