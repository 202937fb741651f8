import { parse as parseEmoji } from '@twemoji/parser';
import fc from 'fast-check';
import twttr from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { extractEmoji, extractHashtags, extractMentions, extractUrls } from '../../lib/text/entities';

const pieces = [
  'kvitter.no',
  'https://x.com/a?b=1',
  'www.nrk.no',
  '#tag',
  '#2024',
  '@ola',
  '👍🏽',
  '©',
  '‼',
  '1⃣',
  '#️⃣',
  '7️⃣',
  '*️⃣',
  '™',
  '👨‍👩‍👧',
  '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}',
  '中文',
  'é',
  'Ø',
  ' ',
  '.',
  'a',
  'مرحبا',
  '\u2066',
  // What the expressions read just before a sign: "RT:", a surrogate pair, '&', variation selectors.
  'RT',
  'rt:',
  ':',
  '😀',
  '&',
  '\uFE0F',
  '#',
  '@',
  '＠',
  '＃',
  '_',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
);

describe('entity extraction agrees with twitter-text and twemoji-parser', () => {
  it('finds the same URLs, hashtags, mentions and emoji on random text (the quick pre-checks lose nothing)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(extractUrls(t).map((u) => [u.url, u.range.start, u.range.end])).toEqual(
          twttr.extractUrlsWithIndices(t).map((u) => [u.url, ...u.indices]),
        );
        expect(extractHashtags(t).map((h) => [h.tag, h.range.start, h.range.end])).toEqual(
          twttr.extractHashtagsWithIndices(t).map((h) => [h.hashtag, ...h.indices]),
        );
        expect(extractMentions(t).map((m) => [m.screenName, m.range.start, m.range.end])).toEqual(
          twttr.extractMentionsWithIndices(t).map((m) => [m.screenName, ...m.indices]),
        );
        expect(extractEmoji(t).map((e) => [e.text, e.range.start, e.range.end])).toEqual(
          parseEmoji(t).map((e) => [e.text, ...e.indices]),
        );
      }),
      { numRuns: 1500 },
    );
  });
});
