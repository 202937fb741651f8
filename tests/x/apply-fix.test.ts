import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HintFix } from '../../lib/rules/types';
import { applyFix } from '../../lib/x/apply-fix';
import { readDraftText } from '../../lib/x/draft-text';
import { draftComposer, h, page, setLines } from './dom';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const fix = (start: number, end: number, text: string): HintFix => ({
  label: { nb: 'Rett', nn: 'Rett', en: 'Fix' },
  range: { start, end },
  text,
});

/*
 * happy-dom has no editing commands, so `execCommand` is played by a stand-in that edits as the
 * browser and Draft.js would (or not at all). The real thing is covered in tests/e2e/fixes.e2e.ts.
 */
type Exec = (command: string, showUi?: boolean, value?: string) => boolean;

/** Gives the document an `execCommand` played by `impl`. */
function stubExec(impl: Exec) {
  const exec = vi.fn(impl);
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
  return exec;
}

describe('applyFix', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('selects exactly the fix range before asking the browser to type the replacement', async () => {
    const { container, editor } = draftComposer(['Hei #nett #Nett']);
    page('/home', container);
    let selected = '';
    const exec = stubExec((command, _ui, value) => {
      selected = document.getSelection()?.toString() ?? '';
      const text = readDraftText(editor) ?? '';
      if (command === 'delete') setLines(editor, [text.replace(selected, '')]);
      else setLines(editor, [text.replace(selected, value ?? '')]);
      return true;
    });
    expect(await applyFix(editor, fix(9, 15, ''), frame)).toEqual({ ok: true, text: 'Hei #nett' });
    expect(selected).toBe(' #Nett');
    expect(exec).toHaveBeenCalledWith('delete');
  });

  it('lets Draft.js delete the words itself when it takes an input of type deleteContentBackward', async () => {
    const { container, editor } = draftComposer([['Hei ', '#nett', ' ', '#Nett']]);
    page('/home', container);
    // Draft.js's own handling: with the page unchanged, it deletes its selection from its state.
    editor.addEventListener('input', (event) => {
      if ((event as InputEvent).inputType !== 'deleteContentBackward') return;
      const selected = document.getSelection()?.toString() ?? '';
      setLines(editor, [(readDraftText(editor) ?? '').replace(selected, '')]);
    });
    const exec = stubExec(() => true);
    expect(await applyFix(editor, fix(9, 15, ''), frame)).toEqual({ ok: true, text: 'Hei #nett' });
    expect(exec).not.toHaveBeenCalled();
  });

  it('fails honestly when the editor did not take the change', async () => {
    const { container, editor } = draftComposer(['Hei']);
    page('/home', container);
    stubExec(() => false);
    expect(await applyFix(editor, fix(0, 3, 'Hallo'), frame)).toEqual({ ok: false, reason: 'fixNotApplied' });
    expect(readDraftText(editor)).toBe('Hei');
  });

  it('refuses a range the draft no longer has, without touching it', async () => {
    const { container, editor } = draftComposer(['Kort']);
    page('/home', container);
    const exec = stubExec(() => true);
    expect(await applyFix(editor, fix(2, 40, 'x'), frame)).toEqual({ ok: false, reason: 'fixRangeOutside' });
    expect(exec).not.toHaveBeenCalled();
  });

  it('uses the textarea selection on mobile', async () => {
    const textarea = h('textarea', { 'data-testid': 'tweetTextarea_0' }) as HTMLTextAreaElement;
    textarea.value = 'Hei ALLE';
    page('/compose/post', textarea);
    stubExec((_command, _ui, value) => {
      const { selectionStart, selectionEnd } = textarea;
      textarea.value =
        textarea.value.slice(0, selectionStart) + (value ?? '') + textarea.value.slice(selectionEnd);
      return true;
    });
    expect(await applyFix(textarea, fix(4, 8, 'alle'), frame)).toEqual({ ok: true, text: 'Hei alle' });
    expect(textarea.selectionStart).toBe(8);
  });
});
