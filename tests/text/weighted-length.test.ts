import fc from 'fast-check';
import twttr from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { extractEmoji, extractUrls } from '../../lib/text/entities';
import { configV3 } from '../../lib/text/twitter';
import { countWeighted } from '../../lib/text/weighted-length';

const pieces = [
  'a',
  'æøå',
  ' ',
  'https://kvitter.no/a',
  'www.example.com',
  'x.co',
  '👍',
  '👍🏽',
  '👨‍👩‍👧',
  '🇳🇴',
  '1⃣',
  '©',
  'の',
  'مرحبا',
  '\uFEFF',
  '\uFFFE',
  '\uD800',
  'e\u0301',
  '\n',
  '\u2066',
  '#tag',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((a) => a.join('')),
);

describe('the weighted count equals twitter-text parseTweet (config v3)', () => {
  it('on random text, at the 280 limit and at a larger one', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(280, 1000), (raw, max) => {
        const expected = twttr.parseTweet(raw, { ...configV3, maxWeightedTweetLength: max });
        const nfc = raw.normalize('NFC');
        const got = countWeighted(nfc, extractUrls(nfc), extractEmoji(nfc), max);
        expect(got.weightedLength).toBe(expected.weightedLength);
        expect(got.valid).toBe(expected.valid);
        expect(got.validRangeEnd + raw.length - nfc.length).toBe(expected.validRangeEnd);
      }),
      { numRuns: 500 },
    );
  });

  it('on plain Latin text of any length, where the count takes its short cut', () => {
    const latin = fc.string({
      unit: fc.constantFrom('a', 'Z', 'æ', 'ø', 'å', 'é', ' ', '.', '\n', 'Ω', 'ж'),
      maxLength: 600,
    });
    fc.assert(
      fc.property(latin, fc.constantFrom(280, 300), fc.integer({ min: 1, max: 400 }), (raw, max, soft) => {
        const expected = twttr.parseTweet(raw, { ...configV3, maxWeightedTweetLength: max });
        const got = countWeighted(raw, extractUrls(raw), extractEmoji(raw), max, soft);
        expect([got.weightedLength, got.valid, got.validRangeEnd]).toEqual([
          expected.weightedLength,
          expected.valid,
          expected.validRangeEnd,
        ]);
        if (extractUrls(raw).length === 0) {
          expect(got.overflowStart).toBe(raw.length > max ? max : -1);
          expect(got.softOverflowStart).toBe(raw.length > soft ? soft : -1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts a link as 23 and an emoji as 2, as the length meter shows', () => {
    const report = analyzeDraft(
      { text: 'Les https://example.com/a/very/long/path/that/goes/on?and=on 👏', kind: 'post' },
      defaultStrategy,
    );
    expect(report.weightedLength).toBe(4 + 23 + 1 + 2);
  });

  it('marks the overflow past a larger limit the strategy allows', () => {
    const strategy = { ...defaultStrategy, length: { softTarget: 200, hardLimit: 4000 } };
    const fits = analyzeDraft({ text: 'x'.repeat(3000), kind: 'post' }, strategy);
    expect(fits.valid).toBe(true);
    expect(fits.limit).toBe(4000);
    const over = analyzeDraft({ text: 'x'.repeat(4010), kind: 'post' }, strategy);
    expect(over.hints.find((h) => h.severity === 'error')?.range).toEqual({ start: 4000, end: 4010 });
  });
});
