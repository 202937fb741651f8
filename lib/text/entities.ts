import emojiModule from '@twemoji/parser/dist/lib/regex';
import type { TextRange } from '../core/types';
import { twttr } from './twitter';

export type UrlEntity = { url: string; range: TextRange };
export type HashtagEntity = { tag: string; range: TextRange };
export type MentionEntity = { screenName: string; range: TextRange };
export type EmojiEntity = { text: string; range: TextRange };

const emojiPattern = emojiModule instanceof RegExp ? emojiModule : emojiModule.default;

// The options argument exists at run time but not in @types/twitter-text.
const extractHashtagsNoUrlCheck = twttr.extractHashtagsWithIndices as (
  text: string,
  options: { checkUrlOverlap: boolean },
) => Array<{ hashtag: string; indices: [number, number] }>;

const toRange = (indices: [number, number]): TextRange => ({ start: indices[0], end: indices[1] });

// Every URL twitter-text accepts has a domain with a dot and a TLD, and TLDs begin with a
// letter; without ". + letter" there is nothing to find, and its large expression is skipped.
const MAY_HOLD_URL = /\.\p{L}/u;
// Characters no emoji uses: ASCII and Latin letters and punctuation, apart from ©, ®, ‼ and ⁉
// and the keycap and variation marks (which lie outside these ranges anyway).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the allowed range starts at U+0000 on purpose.
const MAY_HOLD_EMOJI = /[^\x00-\xa8\xaa-\xad\xaf-\u024f\u2010-\u203b\u203d-\u2048\u204a-\u205f]/;

/** URLs exactly as X finds them (with or without protocol), UTF-16 ranges. */
export function extractUrls(text: string): UrlEntity[] {
  if (!MAY_HOLD_URL.test(text)) return [];
  return twttr.extractUrlsWithIndices(text).map((u) => ({ url: u.url, range: toRange(u.indices) }));
}

/**
 * Emoji as twemoji-parser (the parser X's own counting uses) finds them: its own expression, run
 * the way its `parse` runs it, without the image URL `parse` builds for every emoji.
 */
export function extractEmoji(text: string): EmojiEntity[] {
  if (!MAY_HOLD_EMOJI.test(text)) return [];
  const found: EmojiEntity[] = [];
  emojiPattern.lastIndex = 0;
  for (let m = emojiPattern.exec(text); m !== null; m = emojiPattern.exec(text)) {
    found.push({ text: m[0], range: { start: m.index, end: emojiPattern.lastIndex } });
  }
  return found;
}

/**
 * Hashtags X links, minus those inside a URL. `urls` lets the caller reuse a URL pass it
 * already made; overlap is resolved as twitter-text's removeOverlappingEntities does.
 */
export function extractHashtags(text: string, urls: UrlEntity[] = extractUrls(text)): HashtagEntity[] {
  const sign = firstOf(text, '#', '＃');
  if (sign < 0) return [];
  // twitter-text's expression reads at most one code point (two UTF-16 units) before the sign
  // and nothing behind that, so the text before it cannot hold a match: the scan starts there.
  const from = Math.max(0, sign - 2);
  const tags = extractHashtagsNoUrlCheck(from === 0 ? text : text.slice(from), {
    checkUrlOverlap: false,
  }).map((h) => ({ tag: h.hashtag, range: { start: h.indices[0] + from, end: h.indices[1] + from } }));
  if (urls.length === 0 || tags.length === 0) return tags;
  return removeOverlaps(tags, urls);
}

/** @mentions X links (lists count as mentions of their owner). */
export function extractMentions(text: string): MentionEntity[] {
  const sign = firstOf(text, '@', '＠');
  if (sign < 0) return [];
  // The expression reads at most four characters before the sign (as in "xRT:@"), and nothing
  // behind those, so the scan starts there.
  const from = Math.max(0, sign - 4);
  return twttr.extractMentionsWithIndices(from === 0 ? text : text.slice(from)).map((m) => ({
    screenName: m.screenName,
    range: { start: m.indices[0] + from, end: m.indices[1] + from },
  }));
}

/** The first index of `a` or `b` in `text`, or -1. */
function firstOf(text: string, a: string, b: string): number {
  const i = text.indexOf(a);
  const j = text.indexOf(b);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

/** Keeps the hashtags that survive twitter-text's rule: sorted by start, drop whatever overlaps the previous kept entity. */
function removeOverlaps(tags: HashtagEntity[], urls: UrlEntity[]): HashtagEntity[] {
  const all: Array<{ tag?: HashtagEntity; range: TextRange }> = [
    ...tags.map((t) => ({ tag: t, range: t.range })),
    ...urls.map((u) => ({ range: u.range })),
  ].sort((a, b) => a.range.start - b.range.start);
  const kept: HashtagEntity[] = [];
  let prevEnd = -1;
  for (const entity of all) {
    if (entity.range.start < prevEnd) continue;
    prevEnd = entity.range.end;
    if (entity.tag) kept.push(entity.tag);
  }
  return kept;
}
