import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRange } from '../../lib/core/types';
import { type Token, tokenize } from '../../lib/text/tokenize';

const words = (text: string) => tokenize(text).map((t) => [t.text, t.start, t.end]);

describe('tokenize', () => {
  it('keeps UTF-16 offsets across astral characters, ZWJ emoji and flags', () => {
    const text = '👨‍👩‍👧‍👦 Hei 𝔘𝔫𝔦 🇳🇴 på deg';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['Hei', '𝔘𝔫𝔦', 'på', 'deg']);
  });

  it('splits compounds at hyphens, keeps inner apostrophes, drops emoji and punctuation', () => {
    expect(words("Facebook-gruppa, don't! ❤️ 'sitat'")).toEqual([
      ['Facebook', 0, 8],
      ['gruppa', 9, 15],
      ["don't", 17, 22],
      ['sitat', 28, 33],
    ]);
  });

  it('reads right-to-left and combining text', () => {
    expect(tokenize('مرحبا بالعالم').map((t) => t.text)).toEqual(['مرحبا', 'بالعالم']);
    expect(tokenize('Cafe\u0301 ok').map((t) => t.text)).toEqual(['Cafe\u0301', 'ok']);
  });

  it('marks all-caps words and numbers', () => {
    const [gratis, nrk, vi, year] = tokenize('GRATIS NRK Vi 2025');
    expect(gratis?.allCaps).toBe(true);
    expect(nrk?.allCaps).toBe(true);
    expect(vi?.allCaps).toBe(false);
    expect(year?.numeric).toBe(true);
    expect(gratis?.lower).toBe('gratis');
  });

  it('skips the ranges it is told to (URLs, mentions)', () => {
    const text = '@kari_n sjå https://kvitter.no/sak i dag';
    expect(
      tokenize(text, [
        { start: 0, end: 7 },
        { start: 12, end: 34 },
      ]).map((t) => t.text),
    ).toEqual(['sjå', 'i', 'dag']);
  });

  it('survives lone surrogates', () => {
    expect(tokenize('a\uD800b \uDFFF c').map((t) => t.text)).toEqual(['a', 'b', 'c']);
  });

  it('knows lexicon words: function words, language hints and cheering', () => {
    const [ikkje, takk, og] = tokenize('ikkje takk og');
    expect(ikkje?.info?.nn).toBeGreaterThan(0);
    expect(takk?.info?.cheer).toBe(true);
    expect(og?.info?.stop).toBe(true);
  });
});

describe('tokenize, keystroke after keystroke', () => {
  // Everything a token's end depends on: apostrophes before letters and surrogate pairs,
  // combining marks, İ (longer in lower case), Greek capitals (final sigma) and digits.
  const unit = fc.constantFrom(
    'a',
    'B',
    'ø',
    'Σ',
    'Ο',
    'İ',
    '1',
    ' ',
    "'",
    '’',
    '-',
    '.',
    '😀',
    '𝔘',
    '\u0301',
    '\u20e3',
    'x',
  );
  /** Everything tokenize tells about a token. */
  const fields = (t: Token) => [t.text, t.start, t.end, t.lower, t.allCaps, t.numeric, t.info];
  /** A from-scratch tokenization: after an empty text there is nothing to take over. */
  const fresh = (text: string, skip: TextRange[]) => {
    tokenize('');
    return tokenize(text, skip).map(fields);
  };
  /** Sorted, non-overlapping ranges inside a text of `length` units. */
  const ranges = (length: number, cuts: number[]): TextRange[] => {
    const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
    const out: TextRange[] = [];
    for (let k = 0; k + 1 < points.length; k += 2)
      out.push({ start: points[k] as number, end: points[k + 1] as number });
    return out;
  };

  it('gives the same tokens as a scan from the start, whatever the previous text was', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.string({ unit, maxLength: 24 }),
            cuts: fc.array(fc.nat(), { maxLength: 4 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (steps) => {
          for (const { text, cuts } of steps) {
            const skip = ranges(text.length, cuts);
            // Typing: each prefix in turn, then the text edited as a whole.
            const got = tokenize(text, skip).map(fields);
            expect(got).toEqual(fresh(text, skip));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a word again when a later character changes its lower case (Greek final sigma)', () => {
    tokenize('');
    // "." is case-ignorable: a capital after the dots makes Σ a medial σ again.
    expect(tokenize('ΟΣ....').map((t) => t.lower)).toEqual(['ος']);
    expect(tokenize('ΟΣ....Α').map((t) => t.lower)).toEqual(['οσ', 'α']);
  });

  it('takes over tokens while someone types, and still matches a scan from the start', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        const typed: string[] = [];
        for (let end = 1; end <= text.length; end++) typed.push(text.slice(0, end));
        // Backspace over the last few characters, then type again.
        for (let end = text.length - 1; end > text.length - 4 && end > 0; end--)
          typed.push(text.slice(0, end));
        typed.push(text);
        const results: unknown[] = [];
        tokenize('');
        for (const t of typed) results.push(tokenize(t, ranges(t.length, cuts)).map(fields));
        const expected = typed.map((t) => fresh(t, ranges(t.length, cuts)));
        expect(results).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  });
});
