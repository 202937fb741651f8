import { describe, expect, it } from 'vitest';
import { errorsAt, formatList, parseList, parseNumber, setIn } from '../../components/options/draft';

describe('the editor draft helpers', () => {
  it('sets a nested field without touching the rest', () => {
    const draft = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const next = setIn(draft, ['a', 'b', 1], 9);
    expect(next).toEqual({ a: { b: [1, 9, 3] }, c: { d: 1 } });
    expect(draft.a.b).toEqual([1, 2, 3]);
    expect(next.c).toBe(draft.c);
  });

  it('reads lists typed with commas or new lines, dropping blanks', () => {
    expect(parseList(' Kvitter ,, Kvitter Pro\nX ')).toEqual(['Kvitter', 'Kvitter Pro', 'X']);
    expect(parseList('')).toEqual([]);
    expect(formatList(['a', 'b'])).toBe('a, b');
  });

  it('keeps an empty number as missing rather than zero', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('  ')).toBeUndefined();
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('2.5')).toBe(2.5);
  });

  it('gives a field its own errors and those of its items, not its neighbours’', () => {
    const errors = [
      { path: 'topics.0.keywords.2', message: 'a' },
      { path: 'topics.0.keywords', message: 'b' },
      { path: 'topics.0.keywordsExtra', message: 'c' },
      { path: 'topics.1.name', message: 'd' },
    ];
    expect(errorsAt(errors, 'topics.0.keywords').map((e) => e.message)).toEqual(['a', 'b']);
  });
});
