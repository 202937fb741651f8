import { type EmojiEntity, extractEmoji, extractUrls, type UrlEntity } from '../text/entities';
import { isNfc } from '../text/normalize';
import { type CountConfig, configV3 } from '../text/twitter';

/**
 * A draft as X counts it, measured once: its NFC form (parseTweet counts that), the entities that
 * weigh differently from their letters, and a prefix sum of weight, so the weight of any slice
 * between two cut points is one subtraction.
 */
export type Measured = {
  /** The draft in NFC; every offset below is into this text. */
  text: string;
  /** Draft offset of each NFC offset that is a normalisation boundary (-1 elsewhere); null when the draft is NFC. */
  toDraft: Int32Array | null;
  urls: UrlEntity[];
  emoji: EmojiEntity[];
  /** `prefix[i]` is the weight of `text.slice(0, i)` in `scale` units; an entity's weight sits on its first unit. */
  prefix: Int32Array;
  /** Weight units per counted character (twitter-text's `scale`). */
  scale: number;
};

/** NFC form, entities and prefix weights of `draft`, by twitter-text's config v3. */
export function measure(draft: string, config: CountConfig = configV3): Measured {
  const { text, toDraft } = normalizeWithMap(draft);
  const urls = extractUrls(text);
  const emoji = extractEmoji(text);
  return {
    text,
    toDraft,
    urls,
    emoji,
    prefix: prefixWeights(text, urls, emoji, config),
    scale: config.scale,
  };
}

/** True when a cut may fall at NFC offset `i`: it maps to a draft offset. */
export function mappable(m: Measured, i: number): boolean {
  return m.toDraft === null || (m.toDraft[i] as number) >= 0;
}

/** The draft offset of NFC offset `i` (which must be mappable). */
export function draftOffset(m: Measured, i: number): number {
  return m.toDraft === null ? i : (m.toDraft[i] as number);
}

/**
 * The same walk as countWeighted (and parseTweet): a URL weighs `transformedURLLength`, an emoji
 * `defaultWeight`, any other code point its range's weight (for a surrogate pair, the weight of
 * its second unit, as parseTweet does).
 */
function prefixWeights(
  text: string,
  urls: UrlEntity[],
  emoji: EmojiEntity[],
  config: CountConfig,
): Int32Array {
  const { defaultWeight, ranges } = config;
  const urlWeight = config.transformedURLLength * config.scale;
  const n = text.length;
  const prefix = new Int32Array(n + 1);
  // Most characters fall in the first range (U+0000–U+10FF), tried before the others.
  const firstStart = ranges[0]?.start ?? 0;
  const firstEnd = ranges[0]?.end ?? -1;
  const firstWeight = ranges[0]?.weight ?? defaultWeight;
  let sum = 0;
  let u = 0;
  let e = 0;
  let nextUrl = urls[0]?.range.start ?? n;
  let nextEmoji = config.emojiParsingEnabled ? (emoji[0]?.range.start ?? n) : n;
  let i = 0;
  while (i < n) {
    while (nextUrl < i) nextUrl = urls[++u]?.range.start ?? n;
    while (nextEmoji < i) nextEmoji = emoji[++e]?.range.start ?? n;
    let length = 1;
    if (nextUrl === i) {
      sum += urlWeight;
      length = (urls[u] as UrlEntity).url.length;
    } else if (nextEmoji === i) {
      sum += defaultWeight;
      length = (emoji[e] as EmojiEntity).text.length;
    } else {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i < n - 1) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          c = next;
          length = 2;
        }
      }
      sum += c >= firstStart && c <= firstEnd ? firstWeight : weightOf(c, ranges, defaultWeight);
    }
    for (let k = 1; k <= length; k++) prefix[i + k] = sum;
    i += length;
  }
  return prefix;
}

function weightOf(code: number, ranges: CountConfig['ranges'], fallback: number): number {
  for (const r of ranges) if (code >= r.start && code <= r.end) return r.weight;
  return fallback;
}

/**
 * The NFC form of `draft` built piece by piece between normalisation boundaries, with the draft
 * offset of each boundary. A cut at a boundary gives slices whose NFC forms are the matching
 * slices of the NFC text, so what X counts for a part is what was measured here.
 */
function normalizeWithMap(draft: string): { text: string; toDraft: Int32Array | null } {
  if (isNfc(draft)) return { text: draft, toDraft: null };
  const pieces: string[] = [];
  const boundaries: number[] = [0, 0]; // pairs: NFC offset, draft offset
  let nfcLength = 0;
  let from = 0;
  for (let q = 1; q <= draft.length; q++) {
    if (q < draft.length && !isBoundary(draft, q)) continue;
    const piece = draft.slice(from, q).normalize('NFC');
    pieces.push(piece);
    nfcLength += piece.length;
    boundaries.push(nfcLength, q);
    from = q;
  }
  const toDraft = new Int32Array(nfcLength + 1).fill(-1);
  for (let k = 0; k < boundaries.length; k += 2)
    toDraft[boundaries[k] as number] = boundaries[k + 1] as number;
  return { text: pieces.join(''), toDraft };
}

const WINDOW = 16;

/** True when normalising the text either side of `q` separately gives the same as normalising across it. */
function isBoundary(s: string, q: number): boolean {
  const c = s.charCodeAt(q);
  if (c >= 0xdc00 && c <= 0xdfff && isHigh(s.charCodeAt(q - 1))) return false;
  // Below U+0300 every character is a starter that nothing composes onto.
  if (c < 0x300) return true;
  // Composition only looks a few characters back and forth (a starter and its marks), so a
  // window around `q` decides it.
  let lo = Math.max(0, q - WINDOW);
  if (lo > 0 && isHigh(s.charCodeAt(lo - 1))) lo--;
  let hi = Math.min(s.length, q + WINDOW);
  if (hi < s.length && isHigh(s.charCodeAt(hi - 1))) hi++;
  const left = s.slice(lo, q);
  const right = s.slice(q, hi);
  return left.normalize('NFC') + right.normalize('NFC') === (left + right).normalize('NFC');
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
