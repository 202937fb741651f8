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
 * Written as a scanner rather than a regular expression: it runs on every keystroke.
 */
export function tokenize(text: string, skip: readonly TextRange[] = [], lowerText?: string): Token[] {
  const tokens: Token[] = [];
  const lowerAll = lowerText ?? text.toLowerCase();
  const aligned = lowerAll.length === text.length;
  const n = text.length;
  let s = 0;
  let i = 0;
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
  return tokens;
}
