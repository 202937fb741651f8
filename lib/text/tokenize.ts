import type { TextRange } from '../core/types';
import { type WordInfo, wordInfo } from './lexicon';
import { lookupWord } from './word-index';

/** A word of the draft with its UTF-16 range. */
export class Token {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Lower-cased, for lexicon look-ups. */
    readonly lower: string,
    /** Every letter is upper-case and there are at least two letters. */
    readonly allCaps: boolean,
    /** Digits only (years, prices, "+1"). */
    readonly numeric: boolean,
    /** What the lexicons know about the word (language, function word, cheering), if anything. */
    readonly info: WordInfo | undefined,
  ) {}

  /** The word as written; cut from the draft only when a rule asks, as most never do. */
  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

// Outside ASCII and Latin-1/Latin Extended, characters are classified by these sticky tests.
// A word starts with a letter or digit and goes on with letters, digits and combining marks
// (not enclosing marks, so keycaps stay out; variation selectors are trimmed at the end).
const START = /[\p{L}\p{N}]/uy;
const INSIDE = /[\p{L}\p{N}\p{Mn}\p{Mc}]/uy;
const DIGIT = /\p{N}/uy;
const HAS_LOWER = /\p{Ll}/u;
const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/gu;

/** 1 for a word character at `i` in the BMP, 2 for one in a surrogate pair, 0 for none. */
function wordCharAt(text: string, i: number, code: number, first: boolean): number {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
      ? 1
      : 0;
  }
  // Latin-1 and Latin Extended-A/B letters (æ ø å é ü …), minus × and ÷.
  if (code >= 0xc0 && code <= 0x24f) return code === 0xd7 || code === 0xf7 ? 0 : 1;
  if (code >= 0xfe00 && code <= 0xfe0f) return 0;
  const re = first ? START : INSIDE;
  re.lastIndex = i;
  if (!re.test(text)) return 0;
  return re.lastIndex - i;
}

/** All letters upper-case, at least two of them; the first two characters decide most words cheaply. */
function isAllCaps(text: string, start: number, end: number, lower: string): boolean {
  if (end - start < 2) return false;
  if (lower.charCodeAt(0) === text.charCodeAt(start) || lower.charCodeAt(1) === text.charCodeAt(start + 1))
    return false;
  const word = text.slice(start, end);
  return !HAS_LOWER.test(word) && (word.match(CASED_LETTER)?.length ?? 0) >= 2;
}

function isDigitAt(text: string, i: number, code: number): boolean {
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  DIGIT.lastIndex = i;
  return DIGIT.test(text);
}

/**
 * Splits text into word tokens with their UTF-16 offsets into `text`: letters and digits, with
 * an inner apostrophe kept ("don't"); hyphens split compounds ("Facebook-gruppa") because the
 * parts are what lexicons and stemmers know. Ranges in `skip` (sorted by start) produce no
 * tokens. `lowerText` may be passed when the caller already lower-cased the whole text.
 * Written as a scanner rather than a regular expression: it runs on every keystroke, and the
 * tokens of the previous call that the new text leaves as they were are taken over (see reuse).
 */
export function tokenize(text: string, skip: readonly TextRange[] = [], lowerText?: string): Token[] {
  const lowerAll = lowerText ?? text.toLowerCase();
  const aligned = lowerAll.length === text.length;
  let tokens: Token[] = [];
  let from = 0;
  if (aligned && previous) {
    const kept = reusable(previous, text, lowerAll, skip);
    if (kept > 0) {
      tokens = previous.tokens.slice(0, kept);
      from = (tokens[kept - 1] as Token).end;
    }
  }
  scan(text, skip, lowerAll, aligned, from, tokens);
  // A copy, so that nothing a caller does to its array can change what the next call reuses.
  previous = aligned ? { text, lower: lowerAll, skip, tokens: tokens.slice() } : undefined;
  return tokens;
}

/** The last aligned call: its text, lower-cased text, skipped ranges and tokens. */
let previous: { text: string; lower: string; skip: readonly TextRange[]; tokens: Token[] } | undefined;

/**
 * How many of the previous call's tokens a new call may take over unchanged: those whose
 * characters, lower-cased characters and the three units after them (what decided where the
 * token ended: the character there, and after an apostrophe the next character, which may be a
 * surrogate pair) are the same in both texts, and that lie before any skipped range the two
 * calls do not share. Scanning on from the end of the last such token then gives what a scan
 * from the start would.
 */
function reusable(
  prev: { text: string; lower: string; skip: readonly TextRange[]; tokens: Token[] },
  text: string,
  lower: string,
  skip: readonly TextRange[],
): number {
  let limit = commonPrefix(prev.text, text);
  if (limit < 4) return 0;
  // Lower-casing is context-free but for Σ, whose form depends on what follows (final sigma):
  // without one, the shared text has the same lower-case form in both.
  if (text.includes('Σ')) limit = Math.min(limit, commonPrefix(prev.lower, lower));
  // Ranges are sorted by start: the first place the lists differ bounds what is settled.
  let settled = limit;
  for (let r = 0; r < Math.max(prev.skip.length, skip.length); r++) {
    const a = prev.skip[r];
    const b = skip[r];
    if (a && b && a.start === b.start && a.end === b.end) continue;
    settled = Math.min(settled, a ? a.start : settled, b ? b.start : settled);
    break;
  }
  const tokens = prev.tokens;
  let kept = tokens.length;
  while (kept > 0) {
    const end = (tokens[kept - 1] as Token).end;
    if (end + 3 <= limit && end <= settled) break;
    kept--;
  }
  return kept;
}

/** Length of the longest common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  // Typing adds at the end: the whole of the shorter text is then shared.
  if (b.startsWith(a)) return a.length;
  if (a.startsWith(b)) return b.length;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Appends the tokens from offset `from` on (a token boundary) to `tokens`. */
function scan(
  text: string,
  skip: readonly TextRange[],
  lowerAll: string,
  aligned: boolean,
  from: number,
  tokens: Token[],
): void {
  const n = text.length;
  let s = 0;
  let i = from;
  while (i < n) {
    const code = text.charCodeAt(i);
    const width = wordCharAt(text, i, code, true);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let digits = isDigitAt(text, i, code);
    i += width;
    while (i < n) {
      const c = text.charCodeAt(i);
      const folded = c | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) {
        // An ASCII letter, the bulk of every draft: no call needed.
        digits = false;
        i++;
        continue;
      }
      let w = wordCharAt(text, i, c, false);
      if (w === 0 && (c === 0x27 || c === 0x2019) && i + 1 < n) {
        // An apostrophe counts only between letters: "don't", not "'quoted'".
        const after = wordCharAt(text, i + 1, text.charCodeAt(i + 1), true);
        if (after > 0) w = 1;
      }
      if (w === 0) break;
      if (digits && !isDigitAt(text, i, c)) digits = false;
      i += w;
    }
    while (s < skip.length && (skip[s] as TextRange).end <= start) s++;
    const blocker = skip[s];
    if (blocker && blocker.start < i) continue;
    let lower: string;
    let info: WordInfo | undefined;
    if (aligned) {
      lower = lowerAll.slice(start, i);
      info = lookupWord(lowerAll, start, i);
    } else {
      lower = text.slice(start, i).toLowerCase();
      info = wordInfo.get(lower);
    }
    tokens.push(new Token(text, start, i, lower, isAllCaps(text, start, i, lower), digits, info));
  }
}
