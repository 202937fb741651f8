import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/text/tokenize';

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
