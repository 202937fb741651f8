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
  const max = maxLength * scale;
  const soft = softLimit * scale;
  const urlWeight = transformedURLLength * scale;
  const n = text.length;
  let weight = 0;
  let valid = true;
  let validEnd = 0;
  let overflowStart = -1;
  let softOverflowStart = -1;
  let u = 0;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const itemStart = i;
    while (u < urls.length && (urls[u] as UrlEntity).range.start < i) u++;
    while (e < emoji.length && (emoji[e] as EmojiEntity).range.start < i) e++;
    const url = urls[u];
    const em = emoji[e];
    if (url && url.range.start === i) {
      weight += urlWeight;
      i += url.url.length - 1;
    } else if (config.emojiParsingEnabled && em && em.range.start === i) {
      weight += defaultWeight;
      i += em.text.length - 1;
    } else {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i < n - 1) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
      weight += charWeight(text.charCodeAt(i), ranges, defaultWeight);
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

function charWeight(code: number, ranges: CountConfig['ranges'], fallback: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as CountConfig['ranges'][number];
    if (code >= r.start && code <= r.end) return r.weight;
  }
  return fallback;
}
