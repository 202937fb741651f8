import { draftBlockSelector, draftTextLeafSelector } from '../../lib/x/selectors';
import { draftComposer, h, modal, page, setLines } from './dom';

/**
 * A stand-in for X's thread composer in happy-dom, behaving as lib/x/README.md describes X: parts
 * as siblings, the active part alone showing its toolbar (`addButton`, Post), a remove button
 * beside the editor of the active part after the first, `addButton` adding an empty part after the
 * active one and focusing it a frame later, and Draft.js taking a pasted plain text (its blocks
 * from the lines) or an `input` of type deleteContentBackward over its selection. As with React
 * and Draft.js, a part keeps its editor element while it lives (its test id follows its place),
 * and every change renders fresh blocks. The real editor is covered in tests/e2e/thread.e2e.ts.
 */
export class FakeThread {
  texts: string[];
  active = 0;
  /** What the fake does when asked to add a part; tests turn it off to play an X that does not. */
  addsParts = true;
  /** Whether the editors take a paste (a page that is not Draft.js does not). */
  takesPaste = true;
  /** Set to show the remove button only while the part is empty, as X does without its switch. */
  removeOnlyWhenEmpty = false;
  /** Extra buttons drawn beside each editor, to play markup where guessing would be unsafe. */
  extraButtons = 0;
  readonly root: HTMLElement;
  private readonly content: HTMLElement;
  /** The part elements, in the order of `texts`. */
  private parts: HTMLElement[] = [];

  constructor(texts: string[], options: { kind?: 'post' | 'reply' } = {}) {
    this.texts = [...texts];
    this.content = h('div', { class: 'content' });
    const before =
      options.kind === 'reply' ? [h('article', { 'data-testid': 'tweet' }, 'Svar til Kari')] : [];
    this.root = modal(...before, this.content);
    page('/compose/post', this.root);
    this.render();
  }

  /** The editor of part `index` as it is on the page now. */
  editor(index: number): HTMLElement {
    return this.content.querySelector(`[data-testid="tweetTextarea_${index}"]`) as HTMLElement;
  }

  /** Draws the thread from `texts`: parts added or removed, each editor's blocks afresh. */
  render(): void {
    while (this.parts.length < this.texts.length) this.parts.push(this.part());
    this.parts.length = this.texts.length;
    this.parts.forEach((part, index) => {
      const editor = part.querySelector('[contenteditable]') as HTMLElement;
      editor.setAttribute('data-testid', `tweetTextarea_${index}`);
      const container = editor.closest('[data-testid$="RichTextInputContainer"]');
      container?.setAttribute('data-testid', `tweetTextarea_${index}RichTextInputContainer`);
      part.querySelector('.field')?.setAttribute('data-testid', `tweetTextarea_${index}_label`);
      setLines(editor, (this.texts[index] ?? '').split('\n'));
      this.decorate(part, index);
    });
    // Parts that stay are not moved: moving a node takes the focus from it.
    for (const child of [...this.content.children])
      if (!this.parts.includes(child as HTMLElement)) child.remove();
    this.parts.forEach((part, index) => {
      const at = this.content.children[index];
      if (at !== part) this.content.insertBefore(part, at ?? null);
    });
  }

  private indexOf(editor: HTMLElement): number {
    return this.parts.findIndex((part) => part.contains(editor));
  }

  private part(): HTMLElement {
    const { container, editor } = draftComposer([''], 0);
    editor.tabIndex = 0;
    editor.addEventListener('focus', () => {
      const index = this.indexOf(editor);
      if (this.active === index) return;
      // The toolbar and the remove button move to the part that took the focus.
      this.active = index;
      this.render();
    });
    editor.addEventListener('paste', (event) => {
      if (!this.takesPaste) return;
      event.preventDefault();
      const pasted = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      this.replaceSelection(this.indexOf(editor), pasted);
    });
    // A keystroke's textInput, which React hands Draft.js as beforeinput: the text goes in as typed.
    editor.addEventListener('textInput', (event) => {
      event.preventDefault();
      this.replaceSelection(this.indexOf(editor), (event as Event & { data: string }).data);
    });
    editor.addEventListener('input', (event) => {
      if ((event as InputEvent).inputType === 'deleteContentBackward') {
        this.replaceSelection(this.indexOf(editor), '');
      }
    });
    const field = h('div', { class: 'field' }, container);
    const body = h('div', { class: 'part-body' }, field);
    return h('div', { class: 'part' }, h('div', { class: 'avatar' }), body);
  }

  /** The remove button, the toolbar and any extra buttons of part `index`, as its state asks. */
  private decorate(part: HTMLElement, index: number): void {
    const field = part.querySelector('.field') as HTMLElement;
    const body = part.querySelector('.part-body') as HTMLElement;
    for (const old of part.querySelectorAll('.remove, .extra, [data-testid="toolBar"]')) old.remove();
    const active = index === this.active;
    const empty = (this.texts[index] ?? '') === '';
    if (active && index > 0 && (!this.removeOnlyWhenEmpty || empty)) {
      const remove = h('button', { type: 'button', 'aria-label': 'Fjern innlegg', class: 'remove' }, '×');
      remove.addEventListener('click', () => this.remove(index));
      field.append(remove);
    }
    for (let i = 0; i < this.extraButtons; i++)
      field.append(h('div', { role: 'button', class: 'extra' }, '?'));
    if (!active) return;
    const add = h('button', { type: 'button', 'data-testid': 'addButton' }, '+');
    if (empty) add.setAttribute('disabled', '');
    add.addEventListener('click', () => this.add());
    body.append(
      h(
        'div',
        { 'data-testid': 'toolBar' },
        h('div', { role: 'tablist' }, h('button', { role: 'tab' }, '·')),
        add,
      ),
    );
  }

  private replaceSelection(index: number, text: string): void {
    const editor = this.editor(index);
    const range = document.getSelection()?.getRangeAt(0);
    const current = this.texts[index] ?? '';
    const start = range ? offsetIn(editor, range.startContainer, range.startOffset) : current.length;
    const end = range ? offsetIn(editor, range.endContainer, range.endOffset) : current.length;
    this.texts[index] = current.slice(0, start) + text + current.slice(end);
    this.render();
    if (document.activeElement === editor) placeCaret(editor, start + text.length);
  }

  private focusPart(index: number, caret: number): void {
    const editor = this.editor(index);
    editor.focus();
    placeCaret(editor, caret);
  }

  private add(): void {
    if (!this.addsParts) return;
    const at = this.active + 1;
    this.texts.splice(at, 0, '');
    this.parts.splice(at, 0, this.part());
    this.active = at;
    this.render();
    // X focuses the new part once it has drawn it.
    requestAnimationFrame(() => this.focusPart(at, 0));
  }

  private remove(index: number): void {
    this.texts.splice(index, 1);
    this.parts.splice(index, 1);
    this.active = Math.max(0, index - 1);
    this.render();
    requestAnimationFrame(() => this.focusPart(this.active, (this.texts[this.active] ?? '').length));
  }
}

/** The draft offset of a DOM point inside a Draft.js editor (blocks joined by newlines). */
function offsetIn(editor: HTMLElement, node: Node, offset: number): number {
  let total = 0;
  const blocks = [...editor.querySelectorAll(draftBlockSelector)];
  for (const [b, block] of blocks.entries()) {
    if (b > 0) total += 1;
    if (node === block || (block.contains(node) && node.nodeType !== Node.TEXT_NODE)) return total;
    for (const leaf of block.querySelectorAll(draftTextLeafSelector)) {
      const text = leaf.firstChild;
      if (text && node === text) return total + offset;
      total += leaf.textContent?.length ?? 0;
    }
  }
  return total;
}

/** Puts the caret at a draft offset, as Draft.js does after a change. */
function placeCaret(editor: HTMLElement, caret: number): void {
  let left = caret;
  for (const block of editor.querySelectorAll(draftBlockSelector)) {
    for (const leaf of block.querySelectorAll(draftTextLeafSelector)) {
      const text = leaf.firstChild;
      const length = leaf.textContent?.length ?? 0;
      if (text && left <= length) {
        document.getSelection()?.collapse(text, left);
        return;
      }
      left -= length;
    }
    if (left === 0) {
      document.getSelection()?.collapse(block, 0);
      return;
    }
    left -= 1;
  }
}
