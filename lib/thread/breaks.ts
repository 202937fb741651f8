import { type Measured, mappable } from './measure';
import { dashFollows, endingBefore, insideNumber } from './sentences';

/** What a cut between two parts falls on; `forced` is inside a word (or over-long hashtag), `end` the draft's end. */
export type ThreadBreak = 'paragraph' | 'line' | 'sentence' | 'clause' | 'word' | 'forced' | 'end';

/**
 * A place the draft may be cut: the white space `gapStart`–`gapEnd` (empty for a cut inside a
 * word) is dropped, and the cut costs `penalty` in the planner (lower is better).
 */
export type Cut = { gapStart: number; gapEnd: number; kind: ThreadBreak; penalty: number };

/** Costs of each kind of cut, against the planner's cost of unequal parts. */
export const PENALTY = {
  paragraph: 0,
  line: 0.15,
  sentence: 0.3,
  clause: 0.6,
  word: 1,
  /** A word gap right after an abbreviation or ordinal, or before a lone dash: keeps "kl. 14" together. */
  weakWord: 1.6,
  forced: 8,
  end: 0,
} as const;

// A character that joins the one before it into a grapheme cluster: a space before it is its base, not a gap.
const EXTENDS = /(?:\p{M}|\u200c|\u200d|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}])/uy;
// A dash between two letters ("Oslo–Bergen", "this—that") may end a part; between digits it is a range.
const INNER_DASH = /(?<=\p{L})[–—](?=\p{L})/gu;

/** Where the draft's content starts and ends: its first and last characters that are not white space. */
export function contentBounds(m: Measured): { start: number; end: number } {
  const { text } = m;
  let start = 0;
  while (start < text.length && isGapChar(text.charCodeAt(start))) start++;
  if (start > 0 && start < text.length) {
    EXTENDS.lastIndex = start;
    if (EXTENDS.test(text)) start--;
  }
  if (!mappable(m, start)) start = 0;
  let end = text.length;
  while (end > start && isGapChar(text.charCodeAt(end - 1))) end--;
  if (!mappable(m, end)) end = text.length;
  return { start, end };
}

/**
 * Every place between `start` and `end` where a part may end, in order, with the virtual cuts at
 * both ends. Gaps inside a number ("1 000", "2024 – 2025", "5 %") are not cut; nor is anything inside an entity, as
 * entities hold no white space and inner dashes are checked against URLs.
 */
export function findCuts(m: Measured, start: number, end: number): Cut[] {
  const { text } = m;
  const cuts: Cut[] = [{ gapStart: start, gapEnd: start, kind: 'paragraph', penalty: 0 }];
  let wordStart = start;
  let i = start;
  while (i < end) {
    if (!isGapChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const gapStart = i;
    while (i < end && isGapChar(text.charCodeAt(i))) i++;
    let gapEnd = i;
    if (text.charCodeAt(gapEnd) >= 0x300) {
      EXTENDS.lastIndex = gapEnd;
      if (EXTENDS.test(text)) gapEnd--;
    }
    if (
      gapStart > start &&
      gapEnd > gapStart &&
      cuttable(m, gapStart, gapEnd) &&
      !insideNumber(text, gapStart, gapEnd)
    ) {
      cuts.push(classify(text, wordStart, gapStart, gapEnd));
    }
    wordStart = gapEnd;
  }
  const inner = innerDashCuts(m, start, end);
  if (inner.length > 0) {
    cuts.push(...inner);
    cuts.sort((a, b) => a.gapStart - b.gapStart);
  }
  cuts.push({ gapStart: end, gapEnd: end, kind: 'end', penalty: PENALTY.end });
  return cuts;
}

function classify(text: string, wordStart: number, gapStart: number, gapEnd: number): Cut {
  const newlines = countNewlines(text, gapStart, gapEnd);
  if (newlines >= 2) return { gapStart, gapEnd, kind: 'paragraph', penalty: PENALTY.paragraph };
  if (newlines === 1) return { gapStart, gapEnd, kind: 'line', penalty: PENALTY.line };
  const ending = endingBefore(text, wordStart, gapStart, gapEnd);
  if (ending === 'sentence') return { gapStart, gapEnd, kind: 'sentence', penalty: PENALTY.sentence };
  if (ending === 'clause') return { gapStart, gapEnd, kind: 'clause', penalty: PENALTY.clause };
  const weak = ending === 'abbreviation' || dashFollows(text, gapEnd);
  return { gapStart, gapEnd, kind: 'word', penalty: weak ? PENALTY.weakWord : PENALTY.word };
}

/** Line breaks in a gap; a paragraph separator (U+2029) counts as a blank line. */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
    else if (c === 0x2029) count += 2;
  }
  return count;
}

function innerDashCuts(m: Measured, start: number, end: number): Cut[] {
  const { text, urls } = m;
  if (text.indexOf('–') < 0 && text.indexOf('—') < 0) return [];
  const cuts: Cut[] = [];
  INNER_DASH.lastIndex = start;
  let u = 0;
  for (
    let match = INNER_DASH.exec(text);
    match !== null && match.index < end;
    match = INNER_DASH.exec(text)
  ) {
    const at = match.index + 1;
    while (u < urls.length && (urls[u]?.range.end as number) <= match.index) u++;
    const url = urls[u];
    if (url && url.range.start <= match.index) continue;
    if (mappable(m, at)) cuts.push({ gapStart: at, gapEnd: at, kind: 'clause', penalty: PENALTY.clause });
  }
  return cuts;
}

/** Both ends of a gap map to the draft, so dropping it leaves the draft's own text either side. */
function cuttable(m: Measured, gapStart: number, gapEnd: number): boolean {
  return mappable(m, gapStart) && mappable(m, gapEnd);
}

/**
 * White space a cut may drop. No-break spaces (U+00A0, U+2007, U+202F) are not: people type them
 * to keep "17. mai" or "1 000" together. Nor is U+FEFF: X refuses it, and dropping it would hide that.
 */
function isGapChar(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a && c !== 0x2007) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000
  );
}
