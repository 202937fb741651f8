import type { HintFix } from '../rules/types';
import { isTextarea, rangeForOffsets, readDraftText } from './draft-text';
import type { XMessageKey } from './messages';

/**
 * Applying a quick fix the way a person would: select the words, then let the browser insert the
 * replacement as typing. Draft.js sees the same input events it sees for a keystroke, so its own
 * state stays in step; editing its DOM directly would be reverted or corrupt the draft.
 */

export type FixOutcome = { ok: true; text: string } | { ok: false; reason: XMessageKey };

/** Resolves on the document's next `selectionchange` (Draft.js reads the selection there), or soon anyway. */
export function selectionSettled(doc: Document, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/** Selects `[start, end)` of the composer's draft as a person would; false when the offsets are not in it. */
export function select(editor: HTMLElement, start: number, end: number): boolean {
  if (isTextarea(editor)) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const range = rangeForOffsets(editor, start, end);
  const selection = editor.ownerDocument.getSelection();
  if (!range || !selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Replaces `fix.range` of the composer's draft by `fix.text`, then puts the caret right after the
 * replacement (Draft.js would otherwise send the next keystroke to the end of the draft). Succeeds
 * only when the draft reads exactly as expected afterwards.
 */
export async function applyFix(
  editor: HTMLElement,
  fix: HintFix,
  nextFrame: () => Promise<void>,
): Promise<FixOutcome> {
  const before = readDraftText(editor);
  if (before === null || !editor.isConnected) return { ok: false, reason: 'fixNoComposer' };
  const { start, end } = fix.range;
  if (start > end || end > before.length) return { ok: false, reason: 'fixRangeOutside' };
  const expected = before.slice(0, start) + fix.text + before.slice(end);
  const doc = editor.ownerDocument;

  editor.focus();
  let settled = selectionSettled(doc);
  if (!select(editor, start, end)) return { ok: false, reason: 'fixRangeOutside' };
  await settled;
  if (fix.text === '' && !isTextarea(editor)) {
    // A deletion Draft.js makes itself: an `input` of type deleteContentBackward over an unchanged
    // page deletes its own selection. The browser's delete across X's decorated leaves (a
    // hashtag's coloured span) can leave Draft.js's state and the page apart (Firefox does), so it
    // is only the fallback, for an editor that does not take the event.
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    await nextFrame();
    if (readDraftText(editor) === before) {
      settled = selectionSettled(doc);
      select(editor, start, end);
      await settled;
      doc.execCommand('delete');
      await nextFrame();
    }
  } else {
    // execCommand is deprecated but still the one way to make the browser type on our behalf.
    if (fix.text === '') doc.execCommand('delete');
    else doc.execCommand('insertText', false, fix.text);
    await nextFrame();
  }

  const after = readDraftText(editor);
  if (after !== expected) return { ok: false, reason: 'fixNotApplied' };
  const caret = start + fix.text.length;
  settled = selectionSettled(doc);
  select(editor, caret, caret);
  await settled;
  return { ok: true, text: after };
}
