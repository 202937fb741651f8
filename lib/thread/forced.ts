import { extractHashtags, extractMentions } from '../text/entities';
import { type Cut, PENALTY } from './breaks';
import { type Measured, mappable } from './measure';

let segmenter: Intl.Segmenter | undefined;

/**
 * The last resort: inside every stretch between neighbouring cuts that weighs more than
 * `maxWeight` (scale units), adds cuts between grapheme clusters, never inside a URL, mention,
 * hashtag or emoji that would fit in a part on its own. A cluster heavier than a part (a letter
 * under dozens of combining marks) is opened between code points. Returns `cuts` itself when no
 * stretch is too heavy, as for almost every draft.
 */
export function addForcedCuts(m: Measured, cuts: Cut[], maxWeight: number): Cut[] {
  const { prefix } = m;
  const tooHeavy = (k: number) =>
    (prefix[(cuts[k] as Cut).gapStart] as number) - (prefix[(cuts[k - 1] as Cut).gapEnd] as number) >
    maxWeight;
  let any = false;
  for (let k = 1; k < cuts.length && !any; k++) any = tooHeavy(k);
  if (!any) return cuts;
  const blocked = entityInteriors(m, maxWeight);
  const result: Cut[] = [cuts[0] as Cut];
  for (let k = 1; k < cuts.length; k++) {
    if (tooHeavy(k)) {
      const from = (cuts[k - 1] as Cut).gapEnd;
      const to = (cuts[k] as Cut).gapStart;
      for (const at of forcedPositions(m, from, to, blocked, maxWeight)) {
        result.push({ gapStart: at, gapEnd: at, kind: 'forced', penalty: forcedPenalty(m.text, at) });
      }
    }
    result.push(cuts[k] as Cut);
  }
  return result;
}

/** Positions strictly inside an entity light enough to stay whole. */
function entityInteriors(m: Measured, maxWeight: number): Uint8Array {
  const { text, urls, prefix } = m;
  const blocked = new Uint8Array(text.length + 1);
  const ranges = [urls, m.emoji, extractHashtags(text, urls), extractMentions(text)].flatMap((list) =>
    list.map((e) => e.range),
  );
  for (const { start, end } of ranges) {
    if ((prefix[end] as number) - (prefix[start] as number) > maxWeight) continue;
    blocked.fill(1, start + 1, end);
  }
  return blocked;
}

function forcedPositions(
  m: Measured,
  from: number,
  to: number,
  blocked: Uint8Array,
  maxWeight: number,
): number[] {
  const { text, prefix } = m;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const clusters: number[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) {
    const at = from + s.index;
    if (at > from && !blocked[at] && mappable(m, at)) clusters.push(at);
  }
  clusters.push(to);
  const positions: number[] = [];
  let prev = from;
  for (const at of clusters) {
    if ((prefix[at] as number) - (prefix[prev] as number) > maxWeight) {
      for (let q = prev + 1; q < at; q++) {
        if (!isLowSurrogateOfPair(text, q) && !blocked[q] && mappable(m, q)) positions.push(q);
      }
    }
    if (at < to) positions.push(at);
    prev = at;
  }
  return positions;
}

// A forced cut reads better after a hyphen, slash or comma, and worst inside a number. Not after
// a stop: inside a long run that is mostly a domain or a number ("kvitter.no", "3.5").
const SOFT_BEFORE = new Set(['-', '/', '_', ',', ';', ':', '–', '—', '·']);
function forcedPenalty(text: string, at: number): number {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before >= 0x30 && before <= 0x39 && after >= 0x30 && after <= 0x39) return PENALTY.forced + 2;
  return SOFT_BEFORE.has(text[at - 1] as string) ? PENALTY.forced - 2 : PENALTY.forced;
}

function isLowSurrogateOfPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
}
