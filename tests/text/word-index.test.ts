import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordInfo } from '../../lib/text/lexicon';
import { lookupWord } from '../../lib/text/word-index';

describe('the lexicon looked up in place', () => {
  it('finds every word of the lexicon inside a longer text, as wordInfo.get does', () => {
    for (const [word, info] of wordInfo) {
      const text = `«${word}», sa hun`;
      expect(lookupWord(text, 1, 1 + word.length)).toBe(info);
    }
  });

  it('agrees with wordInfo.get on any slice of any text', () => {
    const words = [...wordInfo.keys()];
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc
        .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', 'e', 'ikkj', 'x', 'İ', '😀')), {
          maxLength: 8,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const start = a % (t.length + 1);
        const end = start + (b % (t.length - start + 1));
        expect(lookupWord(t, start, end)).toBe(wordInfo.get(t.slice(start, end)));
      }),
      { numRuns: 3000 },
    );
  });
});
