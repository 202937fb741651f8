import { select, selectionSettled } from './apply-fix';
import { isTextarea, rangeForOffsets, readDraftText } from './draft-text';

/**
 * Writing a whole part of a thread into a composer, the way a person pastes or types it. The
 * browser's `insertText` works for a quick fix inside a line, but not here: into an empty Draft.js
 * block it makes React throw (Draft.js reconciles the browser's edit of a `br` it rendered), and a
 * text with line breaks keeps only its last line. A paste event with the text as `text/plain` is
 * handled by Draft.js and X themselves (X's RichTextInput builds the blocks from the plain text
 * and inserts them at the selection); where a script's paste carries nothing (Firefox), the
 * `textInput` event of a keystroke does. Either way Draft.js makes the change itself, so its state
 * and the page stay in step. Never HTML.
 */

/** Resolves after one frame, or soon anyway where frames do not come (a hidden tab). */
export type NextFrame = () => Promise<void>;

/** Polls `check` once a frame until it holds or `timeoutMs` have passed; says whether it held. */
export async function until(check: () => boolean, nextFrame: NextFrame, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await nextFrame();
  }
  return true;
}

/**
 * A paste of `text` as plain text, or null where the browser would not carry the text: Firefox
 * gives a paste event made by a script an empty clipboard of its own.
 */
function pasteEvent(text: string): ClipboardEvent | null {
  if (typeof DataTransfer !== 'function' || typeof ClipboardEvent !== 'function') return null;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  return event.clipboardData?.getData('text/plain') === text ? event : null;
}

/**
 * The `textInput` event a keystroke sends (React reads Draft.js's `beforeinput` from it), carrying
 * all of `text`; null where the browser has no TextEvent. Draft.js inserts the text itself, line
 * breaks as soft newlines inside a block: the text X posts is the same.
 */
function textInputEvent(doc: Document, text: string): Event | null {
  try {
    const event = doc.createEvent('TextEvent');
    event.initTextEvent('textInput', true, true, doc.defaultView, text);
    return event;
  } catch {
    return null;
  }
}

/**
 * Gives `text` to the editor over its selection: as a paste where the browser carries one (X's own
 * paste handling builds a block per line), else as typed input. True when the page took it.
 */
function insertText(editor: HTMLElement, text: string, replacing: string): boolean {
  for (const event of [pasteEvent(text), textInputEvent(editor.ownerDocument, text)]) {
    if (!event) continue;
    editor.dispatchEvent(event);
    if (event.defaultPrevented) return true;
  }
  // Last resort, as quick fixes do: the browser types one line over a selection that is not empty.
  if (replacing === '' || /[\r\n]/.test(text)) return false;
  return editor.ownerDocument.execCommand('insertText', false, text);
}

/** How long X may take to show a pasted part (it renders in a later frame). */
const SHOWN_MS = 1000;
/** Tries at selecting the draft before giving up: X may move the selection as a part takes the focus. */
const SELECT_TRIES = 3;

/** True when the document's selection is exactly `[start, end)` of the composer's draft. */
function selected(editor: HTMLElement, start: number, end: number): boolean {
  const selection = editor.ownerDocument.getSelection();
  const wanted = rangeForOffsets(editor, start, end);
  if (selection?.rangeCount !== 1 || !wanted) return false;
  const range = selection.getRangeAt(0);
  return (
    range.compareBoundaryPoints(Range.START_TO_START, wanted) === 0 &&
    range.compareBoundaryPoints(Range.END_TO_END, wanted) === 0
  );
}

/**
 * Selects the whole draft and waits until the selection holds. A part that has just taken the
 * focus gets its selection set again by Draft.js and X a frame or two later, so the selection is
 * checked a frame after it was made, and made again if it moved.
 */
async function selectAll(editor: HTMLElement, length: number, nextFrame: NextFrame): Promise<boolean> {
  const doc = editor.ownerDocument;
  if (!editor.contains(doc.activeElement)) {
    editor.focus();
    await nextFrame();
    await nextFrame();
  }
  for (let attempt = 0; attempt < SELECT_TRIES; attempt++) {
    const settled = selectionSettled(doc);
    if (!select(editor, 0, length)) return false;
    await settled;
    await nextFrame();
    if (selected(editor, 0, length)) return true;
  }
  return false;
}

/**
 * Replaces the composer's whole draft by `text` and waits until the page shows exactly that.
 * Returns false when the draft reads otherwise afterwards (or the composer is gone).
 */
export async function replaceDraft(
  editor: HTMLElement,
  text: string,
  nextFrame: NextFrame,
): Promise<boolean> {
  const before = readDraftText(editor);
  if (before === null || !editor.isConnected || isTextarea(editor)) return false;
  if (before === text) return true;
  if (!(await selectAll(editor, before.length, nextFrame))) return false;
  if (!insertText(editor, text, before)) return false;
  return until(() => readDraftText(editor) === text, nextFrame, SHOWN_MS);
}
