import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCase, fromNfcOffset, isNfc, nfc } from '../../lib/text/normalize';

describe('normalisation', () => {
  it('composes to NFC and folds case', () => {
    expect(nfc('Cafe\u0301')).toBe('Café');
    expect(isNfc('Café')).toBe(true);
    expect(isNfc('Cafe\u0301')).toBe(false);
    expect(foldCase('KAMPANJE\u0301')).toBe('kampanjé');
  });

  it('maps offsets of the NFC form back to the text the user typed', () => {
    const text = 'e\u0301e\u0301 ok';
    // NFC: "éé ok": "o" is at 3 there and at 5 in the typed text.
    expect(fromNfcOffset(text, 3)).toBe(5);
    expect(fromNfcOffset(text, 0)).toBe(0);
    expect(fromNfcOffset(text, 6)).toBe(text.length);
  });

  it('maps every offset of an NFC string to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (raw, n) => {
        const text = raw.normalize('NFC');
        const offset = n % (text.length + 1);
        expect(fromNfcOffset(text, offset)).toBe(offset);
      }),
    );
  });
});
