import type { EmojiEntity, UrlEntity } from './entities';
import { type CountConfig, configV3 } from './twitter';

export type WeightedCount = {
  weightedLength: number;
  valid: boolean;
  /** Last UTF-16 index (inclusive) still within `maxWeightedTweetLength`, as parseTweet reports it. */
  validRangeEnd: number;
  /** First UTF-16 index of the text that goes past `maxLength`, or -1 when all of it fits. */
  overflowStart: number;
  /** First UTF-16 index of the text that goes past `softLimit`, or -1 when all of it fits. */
  softOverflowStart: number;
};

/**
 * twitter-text's parseTweet (config v3), computed over URL and emoji entities the caller already
 * has so the draft is not parsed twice. The walk is the same as parseTweet's, step for step
 * (including its quirks: only the last unit of a URL or emoji is checked for invalid
 * characters); tests hold it equal to parseTweet on the conformance suite and on random text.
 * `text` must be NFC, as parseTweet normalises before counting.
 */
export function countWeighted(
  text: string,
  urls: readonly UrlEntity[],
  emoji: readonly EmojiEntity[],
  maxLength: number = configV3.maxWeightedTweetLength,
  softLimit: number = maxLength,
  config: CountConfig = configV3,
): WeightedCount {
  const { scale, defaultWeight, transformedURLLength, ranges } = config;
  const first = ranges[0];
  if (
    urls.length === 0 &&
    emoji.length === 0 &&
    first?.start === 0 &&
    first.end >= 0x10ff &&
    first.weight === scale &&
    !BEYOND_U10FF.test(text)
  ) {
    return countPlain(text.length, maxLength, softLimit);
  }
  const max = maxLength * scale;
  const soft = softLimit * scale;
  const urlWeight = transformedURLLength * scale;
  const n = text.length;
  let weight = 0;
  let valid = true;
  let validEnd = 0;
  let overflowStart = -1;
  let softOverflowStart = -1;
  const emojiOn = config.emojiParsingEnabled;
  // The next entity start of each kind, as plain numbers: no out-of-bounds array reads per character.
  let u = 0;
  let e = 0;
  let nextUrl = urls.length > 0 ? (urls[0] as UrlEntity).range.start : n;
  let nextEmoji = emojiOn && emoji.length > 0 ? (emoji[0] as EmojiEntity).range.start : n;
  // Most characters fall in the first range (U+0000–U+10FF: Latin, Greek, Cyrillic …).
  const firstEnd = first ? first.end : -1;
  const firstStart = first ? first.start : 0;
  const firstWeight = first ? first.weight : defaultWeight;
  for (let i = 0; i < n; i++) {
    const itemStart = i;
    while (nextUrl < i) nextUrl = ++u < urls.length ? (urls[u] as UrlEntity).range.start : n;
    while (nextEmoji < i) nextEmoji = ++e < emoji.length ? (emoji[e] as EmojiEntity).range.start : n;
    if (nextUrl === i) {
      weight += urlWeight;
      i += (urls[u] as UrlEntity).url.length - 1;
    } else if (nextEmoji === i) {
      weight += defaultWeight;
      i += (emoji[e] as EmojiEntity).text.length - 1;
    } else {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i < n - 1) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          c = next;
        }
      }
      weight += c <= firstEnd && c >= firstStart ? firstWeight : charWeight(c, ranges, defaultWeight);
    }
    if (valid) {
      const c = text.charCodeAt(i);
      valid = c !== 0xfffe && c !== 0xfeff && c !== 0xffff;
    }
    if (valid && weight <= max) validEnd = i;
    if (weight > max && overflowStart < 0) overflowStart = itemStart;
    if (weight > soft && softOverflowStart < 0) softOverflowStart = itemStart;
  }
  const weightedLength = weight / scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= maxLength,
    validRangeEnd: validEnd,
    overflowStart,
    softOverflowStart,
  };
}

// Below U+1100 every character weighs one and none is refused, so such text is counted by length.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range deliberately starts at U+0000.
const BEYOND_U10FF = /[^\u0000-\u10ff]/;

/** The walk's result for text of `n` characters that each weigh one: what parseTweet returns for it. */
function countPlain(n: number, maxLength: number, softLimit: number): WeightedCount {
  return {
    weightedLength: n,
    valid: n > 0 && n <= maxLength,
    validRangeEnd: n === 0 ? 0 : Math.min(n, maxLength) - 1,
    overflowStart: n > maxLength ? maxLength : -1,
    softOverflowStart: n > softLimit ? softLimit : -1,
  };
}

function charWeight(code: number, ranges: CountConfig['ranges'], fallback: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as CountConfig['ranges'][number];
    if (code >= r.start && code <= r.end) return r.weight;
  }
  return fallback;
}
