/**
 * The thread splitter: turns a draft that is too long for one post into the parts of a thread,
 * each within the limit as X counts it (twitter-text config v3: a URL weighs 23, an emoji 2, a
 * CJK character 2, on the draft's NFC form). Pure and synchronous, no DOM: the side panel and the
 * content script call it on every report of an over-long draft.
 *
 * Where it cuts, best first: a blank line, a line break, a sentence end, a clause mark (, ; : or
 * a dash), a space. A full stop ends a sentence only before a capital, and not after an
 * abbreviation ("f.eks.", "bl.a.", "Dr.") or in a date ("17. mai"); "?", "!" and "…" always do.
 * It never cuts inside a URL, mention, hashtag or emoji (ZWJ sequences, flags, skin tones and
 * keycaps included), nor inside a number ("1 000", "3,5", "12.30", "2024–2025", "2024 – 2025",
 * "5 %"), nor at a no-break space. Only a stretch too heavy for any part (a 400-letter "word")
 * is cut inside, between grapheme clusters, and such parts say `breakAfter: 'forced'`.
 *
 * The split has the fewest parts possible, and among those the best balance of cut quality and
 * equal sizes, so a 290-character draft becomes two halves, not 280 + 10; but where that means
 * cutting between two words and one part more needs no such cut, it takes one part more. The white space at a
 * cut is dropped from both parts; otherwise each part's text is exactly the draft's. Numbering
 * (see numbering.ts) is appended after a space and counts toward each part's limit.
 *
 * Linear time: entities are extracted once, weights are a prefix sum, and the planner looks only
 * at the cuts that fit in one part.
 */
import { extractEmoji, extractUrls } from '../text/entities';
import { countWeighted } from '../text/weighted-length';
import { type Cut, contentBounds, findCuts, type ThreadBreak } from './breaks';
import { addForcedCuts } from './forced';
import { draftOffset, type Measured, measure } from './measure';
import { maxNumberingWeight, numberingSuffix, numberingWeight, type ThreadNumbering } from './numbering';
import { planCuts } from './plan';

export type { ThreadBreak } from './breaks';
export { numberingSuffix, type ThreadNumbering } from './numbering';

/** One post of the thread. */
export type ThreadPart = {
  /** What goes into X's composer for this part: the draft's text with the numbering appended. */
  text: string;
  /** Weight of `text` as X counts it (parseTweet's weightedLength). */
  weightedLength: number;
  /** UTF-16 offsets of the part's own text in the draft (numbering not included), end exclusive. */
  start: number;
  end: number;
  /** What the cut after this part falls on; `'forced'` when it had to cut inside a word, `'end'` for the last part. */
  breakAfter: ThreadBreak;
};

export type ThreadOptions = {
  /** X's limit for one post in weighted characters (280, or more for subscribers). */
  limit: number;
  numbering: ThreadNumbering;
};

/** The smallest limit accepted: a part must hold a URL (23) and the widest numbering with room to spare. */
export const MIN_THREAD_LIMIT = 40;

// A forced cut can change what X finds: cut after "kvitter.no" in "kvitter.noqq", a part ends in
// a URL weighing 23. Such cuts are ruled out and the plan made again, at most this many times.
const MAX_REPLANS = 4;

/**
 * Splits `draft` into the parts of a thread. A draft within `limit` is one part, unchanged and
 * unnumbered; a draft of only white space gives no parts. Throws a RangeError for a limit that is
 * not an integer of at least MIN_THREAD_LIMIT.
 */
export function splitIntoThread(draft: string, options: ThreadOptions): ThreadPart[] {
  const { limit, numbering } = options;
  if (!Number.isInteger(limit) || limit < MIN_THREAD_LIMIT) {
    throw new RangeError(`thread limit must be an integer of at least ${MIN_THREAD_LIMIT}, not ${limit}`);
  }
  const m = measure(draft);
  const { text, prefix, scale } = m;
  const { start, end } = contentBounds(m);
  if (start >= end) return [];
  const whole = prefix[text.length] as number;
  if (whole <= limit * scale) {
    return [{ text: draft, weightedLength: whole / scale, start: 0, end: draft.length, breakAfter: 'end' }];
  }
  const content = (prefix[end] as number) - (prefix[start] as number);
  if (content <= limit * scale) {
    const a = draftOffset(m, start);
    const b = draftOffset(m, end);
    return [
      { text: draft.slice(a, b), weightedLength: content / scale, start: a, end: b, breakAfter: 'end' },
    ];
  }
  // No thread has more parts than the content has code units, which bounds the numbering's width.
  const lightest = (limit - maxNumberingWeight(end - start, numbering)) * scale;
  const cuts = addForcedCuts(m, findCuts(m, start, end), lightest);
  const budget = (index: number, count: number) => (limit - numberingWeight(index, count, numbering)) * scale;
  const banned = new Uint8Array(cuts.length);
  let parts: ThreadPart[] = [];
  for (let round = 0; round <= MAX_REPLANS; round++) {
    const plan = planCuts(cuts, prefix, budget, limit * scale, banned);
    // Should the bans leave no plan, the last one stands; its heavy part's weightedLength shows it.
    if (plan === null) break;
    parts = assemble(draft, m, cuts, plan, numbering);
    let replan = false;
    parts.forEach((part, k) => {
      if (part.weightedLength <= limit) return;
      for (const c of [plan[k] as number, plan[k + 1] as number]) {
        if ((cuts[c] as Cut).kind === 'forced') {
          banned[c] = 1;
          replan = true;
        }
      }
    });
    if (!replan) break;
  }
  return parts;
}

function assemble(
  draft: string,
  m: Measured,
  cuts: readonly Cut[],
  plan: readonly number[],
  numbering: ThreadNumbering,
): ThreadPart[] {
  const count = plan.length - 1;
  const parts: ThreadPart[] = [];
  for (let k = 1; k <= count; k++) {
    const before = cuts[plan[k - 1] as number] as Cut;
    const after = cuts[plan[k] as number] as Cut;
    const a = before.gapEnd;
    const b = after.gapStart;
    const suffix = numberingSuffix(k, count, numbering);
    let weightedLength = ((m.prefix[b] as number) - (m.prefix[a] as number)) / m.scale;
    weightedLength += numberingWeight(k, count, numbering);
    if (before.kind === 'forced' || after.kind === 'forced') {
      // A cut inside a word can change what X finds at its edges: count the part afresh.
      const counted = m.text.slice(a, b) + suffix;
      weightedLength = countWeighted(counted, extractUrls(counted), extractEmoji(counted)).weightedLength;
    }
    const start = draftOffset(m, a);
    const end = draftOffset(m, b);
    parts.push({
      text: draft.slice(start, end) + suffix,
      weightedLength,
      start,
      end,
      breakAfter: after.kind,
    });
  }
  return parts;
}
