import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeForOffsets, readDraftText } from '../../lib/x/draft-text';
import { draftComposer, h, page } from './dom';

describe('readDraftText', () => {
  it('joins Draft.js blocks with newlines and leaves the placeholder out', () => {
    const { container, editor } = draftComposer([['Hei ', '#nynorsk', ' og ', '@kari'], '', 'Siste linje']);
    page('/home', container);
    expect(readDraftText(editor)).toBe('Hei #nynorsk og @kari\n\nSiste linje');
  });

  it('reads an empty composer as an empty draft', () => {
    const { editor } = draftComposer(['']);
    expect(readDraftText(editor)).toBe('');
  });

  it('keeps emoji and other astral characters whole', () => {
    const { editor } = draftComposer([['Bra 👏🏽 ', '#x']]);
    expect(readDraftText(editor)).toBe('Bra 👏🏽 #x');
  });

  it('reads the mobile textarea by its value', () => {
    const textarea = h('textarea', { 'data-testid': 'tweetTextarea_0' }) as HTMLTextAreaElement;
    textarea.value = 'Fra mobilen\nto linjer';
    expect(readDraftText(textarea)).toBe('Fra mobilen\nto linjer');
  });

  it('gives null when the editor holds no Draft.js blocks', () => {
    const editor = h(
      'div',
      { contenteditable: 'true', 'data-testid': 'tweetTextarea_0' },
      h('p', {}, 'ny markup'),
    );
    expect(readDraftText(editor)).toBeNull();
  });
});

describe('rangeForOffsets', () => {
  it('covers exactly the words of a hint, across leaves', () => {
    const { container, editor } = draftComposer([['Dette er ', '#FLOTT', ' nytt']]);
    page('/home', container);
    const range = rangeForOffsets(editor, 9, 15);
    expect(range?.toString()).toBe('#FLOTT');
    // The start leans into the hashtag's own leaf, so a box never begins on the previous one.
    expect(range?.startContainer.parentElement?.closest('.r-hashtag')).not.toBeNull();
  });

  it('maps offsets on later lines past the newlines', () => {
    const { container, editor } = draftComposer(['første', '', 'tredje linje']);
    page('/home', container);
    const text = readDraftText(editor) ?? '';
    const start = text.indexOf('linje');
    expect(rangeForOffsets(editor, start, start + 5)?.toString()).toBe('linje');
  });

  it('gives null outside the draft and for a textarea', () => {
    const { editor } = draftComposer(['kort']);
    expect(rangeForOffsets(editor, 2, 9)).toBeNull();
    expect(rangeForOffsets(h('textarea'), 0, 0)).toBeNull();
  });

  it('matches the draft text for every range of any draft', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', '#', '😀', 'B'), maxLength: 5 });
    const line = fc.array(segment, { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (lines, a, b) => {
        const { container, editor } = draftComposer(lines);
        page('/home', container);
        const text = readDraftText(editor) ?? '';
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(Math.max(a, b) % (text.length + 1), text.length);
        if (end < start) return;
        const range = rangeForOffsets(editor, start, end);
        // A DOM Range's text skips the line breaks between blocks; everything else must match.
        expect(range?.toString()).toBe(text.slice(start, end).replaceAll('\n', ''));
      }),
      { numRuns: 200 },
    );
  });
});
