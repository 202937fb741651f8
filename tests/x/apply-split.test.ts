import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySplit, type SplitDeps, undoSplit } from '../../lib/x/apply-split';
import { findComposers } from '../../lib/x/composers';
import { readDraftText } from '../../lib/x/draft-text';
import { addButtonFor, removeButtonFor } from '../../lib/x/thread-parts';
import { replaceDraft } from '../../lib/x/write-part';
import { draftComposer, h, page } from './dom';
import { FakeThread } from './fake-thread';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const deps: SplitDeps = {
  doc: document,
  pathname: () => location.pathname,
  nextFrame: frame,
  newPartMs: 300,
};
const composer = (id: string) => {
  const found = findComposers(document, location.pathname).find((c) => c.id === id);
  if (!found) throw new Error(`no composer ${id}`);
  return found;
};

const draft = 'Første del om nettverk.\n\nAndre del, med #kvitter.\nTredje del til slutt.';
const parts = ['Første del om nettverk.', 'Andre del, med #kvitter.', 'Tredje del til slutt.'];

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("X's thread controls, found by place", () => {
  it('finds the add-post button of the active part only', () => {
    const thread = new FakeThread(['En', 'To']);
    thread.active = 1;
    thread.render();
    expect(addButtonFor(thread.editor(1))).toBe(thread.root.querySelector('[data-testid="addButton"]'));
    // The inactive part shows no toolbar; the active part's button is not its to press.
    expect(addButtonFor(thread.editor(0))).toBeNull();
  });

  it('finds no add-post button where X shows none', () => {
    const { container, editor } = draftComposer(['Svar']);
    page('/elonmusk/status/1', h('main', {}, container));
    expect(addButtonFor(editor)).toBeNull();
  });

  it('finds the remove button by where it sits, whatever its label, and only when it is the one candidate', () => {
    const thread = new FakeThread(['En', 'To']);
    thread.active = 1;
    thread.render();
    const remove = thread.root.querySelector('.remove');
    expect(remove?.getAttribute('aria-label')).toBe('Fjern innlegg');
    expect(removeButtonFor(thread.editor(1))).toBe(remove);
    // Not the toolbar's buttons, not another part's.
    expect(removeButtonFor(thread.editor(0))).toBeNull();
    thread.extraButtons = 1;
    thread.render();
    expect(removeButtonFor(thread.editor(1))).toBeNull();
  });
});

describe('replaceDraft', () => {
  it('pastes a text of several lines over the whole draft, as plain text', async () => {
    const thread = new FakeThread(['Gammel tekst']);
    expect(await replaceDraft(thread.editor(0), 'Ny\n\nmed linjer', frame)).toBe(true);
    expect(thread.texts).toEqual(['Ny\n\nmed linjer']);
    expect(readDraftText(thread.editor(0))).toBe('Ny\n\nmed linjer');
  });

  it('types the part as a keystroke does where a script’s paste carries nothing (Firefox)', async () => {
    const thread = new FakeThread(['Gammel tekst']);
    // Firefox's ClipboardEvent ignores the clipboard a script gives it.
    vi.stubGlobal(
      'ClipboardEvent',
      class extends Event {
        readonly clipboardData = new DataTransfer();
      },
    );
    const createEvent = document.createEvent.bind(document);
    vi.spyOn(document, 'createEvent').mockImplementation((kind: string) => {
      if (kind !== 'TextEvent') return createEvent(kind);
      const event = createEvent('Event') as Event & { data: string; initTextEvent: unknown };
      event.initTextEvent = (
        type: string,
        bubbles: boolean,
        cancelable: boolean,
        _view: unknown,
        data: string,
      ) => {
        event.initEvent(type, bubbles, cancelable);
        event.data = data;
      };
      return event;
    });
    const pasted = vi.fn();
    thread.editor(0).addEventListener('paste', pasted);
    expect(await replaceDraft(thread.editor(0), 'Ny\n\nmed linjer', frame)).toBe(true);
    expect(pasted).not.toHaveBeenCalled();
    expect(thread.texts).toEqual(['Ny\n\nmed linjer']);
  });

  it('types one line over the draft when the page takes no paste, and gives up on several', async () => {
    const thread = new FakeThread(['Gammel tekst']);
    thread.takesPaste = false;
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true, writable: true });
    expect(await replaceDraft(thread.editor(0), 'To\nlinjer', frame)).toBe(false);
    expect(exec).not.toHaveBeenCalled();
    expect(thread.texts).toEqual(['Gammel tekst']);
    await replaceDraft(thread.editor(0), 'Én linje', frame);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Én linje');
  });
});

describe('applySplit and undoSplit', () => {
  it('writes each part into a part X adds, reads each back, and one undo brings the draft back', async () => {
    const thread = new FakeThread([draft]);
    thread.removeOnlyWhenEmpty = true;
    thread.editor(0).focus();
    const outcome = await applySplit(composer('modal:0'), parts, deps);
    expect(outcome).toEqual({
      ok: true,
      record: { ids: ['modal:0', 'modal:1', 'modal:2'], parts, original: draft },
    });
    expect(thread.texts).toEqual(parts);
    // The caret is in the last part, where the writer goes on.
    expect(document.activeElement).toBe(thread.editor(2));

    if (!outcome.ok) return;
    expect(await undoSplit(outcome.record, deps)).toEqual({ ok: true });
    expect(thread.texts).toEqual([draft]);
    expect(findComposers(document, location.pathname).map((c) => c.id)).toEqual(['modal:0']);
  });

  it('adds the parts after the part split, before the parts that follow it', async () => {
    const thread = new FakeThread([draft, 'Etterord.']);
    thread.editor(0).focus();
    await frame();
    const outcome = await applySplit(composer('modal:0'), parts, deps);
    expect(outcome.ok).toBe(true);
    expect(thread.texts).toEqual([...parts, 'Etterord.']);
    if (outcome.ok) expect(await undoSplit(outcome.record, deps)).toEqual({ ok: true });
    expect(thread.texts).toEqual([draft, 'Etterord.']);
  });

  it('refuses to undo, changing nothing, once a part holds something else', async () => {
    const thread = new FakeThread([draft]);
    thread.editor(0).focus();
    const outcome = await applySplit(composer('modal:0'), parts, deps);
    if (!outcome.ok) throw new Error('split failed');
    thread.texts[1] = 'Andre del, rettet.';
    thread.render();
    expect(await undoSplit(outcome.record, deps)).toEqual({ ok: false, reason: 'splitChanged' });
    expect(thread.texts).toEqual([parts[0], 'Andre del, rettet.', parts[2]]);
  });

  it('says which part X did not add, and puts the draft back', async () => {
    const thread = new FakeThread([draft]);
    thread.addsParts = false;
    thread.editor(0).focus();
    expect(await applySplit(composer('modal:0'), parts, deps)).toEqual({
      ok: false,
      reason: 'splitNoNewPart',
      part: 2,
      restored: true,
    });
    expect(thread.texts).toEqual([draft]);
  });

  it('stops where X shows no add-post button, and puts the draft back', async () => {
    const { container, editor } = draftComposer([draft]);
    page('/home', h('main', {}, container));
    // A stand-in editor that takes a paste as Draft.js does.
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      const fresh = draftComposer(text.split('\n')).editor;
      editor
        .querySelector('[data-contents="true"]')
        ?.replaceWith(fresh.querySelector('[data-contents="true"]') as Node);
    });
    editor.tabIndex = 0;
    editor.focus();
    expect(await applySplit(composer('home:0'), parts, deps)).toEqual({
      ok: false,
      reason: 'splitNoAddButton',
      part: 2,
      restored: true,
    });
    expect(readDraftText(editor)).toBe(draft);
  });

  it('says when a part could not be written', async () => {
    const thread = new FakeThread([draft]);
    thread.takesPaste = false;
    Object.defineProperty(document, 'execCommand', {
      value: () => false,
      configurable: true,
      writable: true,
    });
    thread.editor(0).focus();
    expect(await applySplit(composer('modal:0'), parts, deps)).toMatchObject({
      ok: false,
      reason: 'splitNotWritten',
      part: 1,
    });
    expect(thread.texts).toEqual([draft]);
  });
});
