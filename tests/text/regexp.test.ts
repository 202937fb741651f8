import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOf, trieSource } from '../../lib/text/regexp';

// Letters, characters a regular expression treats specially, an emoji, a lone surrogate and İ
// (whose lower-case form is longer): the literals of signatures, phrases and keyword stems.
const unit = fc.constantFrom(
  'a',
  'b',
  'æ',
  'ø',
  '^',
  '.',
  '*',
  '(',
  ')',
  '[',
  '\\',
  '$',
  '|',
  '?',
  '+',
  '{',
  '}',
  '😀',
  '\ud83d',
  'İ',
  ' ',
  '-',
  '/',
);

describe('regular expressions built from words', () => {
  it('trieSource matches exactly the words, whole', () => {
    const re = new RegExp(`^(?:${trieSource(['kunde', 'kundeservice', 'kund', 'app'])})$`);
    expect(['kunde', 'kundeservice', 'kund', 'app'].every((w) => re.test(w))).toBe(true);
    expect(['kundeserv', 'ap', 'kundes', ''].some((w) => re.test(w))).toBe(false);
  });

  it('anyOf finds a text holding any of the literals, as includes does for each', () => {
    expect(anyOf(['^kh', '^ms'])?.test('takk for i dag ^kh')).toBe(true);
    expect(anyOf(['^kh', '^ms'])?.test('takk for i dag kh')).toBe(false);
    expect(anyOf([])).toBeNull();
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.string({ unit, maxLength: 20 }),
        (literals, text) => {
          expect(anyOf(literals)?.test(text)).toBe(literals.some((literal) => text.includes(literal)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
