import type { TextRange } from '../rules/types';

export type Token = {
  /** The word as written. */
  text: string;
  /** Lower-cased, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Every letter is upper-case and there are at least two letters. */
  allCaps: boolean;
  /** Digits only (years, prices, "+1"). */
  numeric: boolean;
};

// A letter or digit, then letters, digits and combining marks, with an inner apostrophe
// ("don't") kept; hyphens split compounds ("Facebook-gruppa") because the parts are what
// lexicons and stemmers know. Enclosing marks (keycaps) are left out; variation selectors
// (emoji presentation) are trimmed after the match.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{Mn}\p{Mc}]*(?:['’][\p{L}\p{Mn}\p{Mc}]+)*/gu;
const TRAILING_SELECTORS = /[\uFE00-\uFE0F]+$/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const LETTERS = /\p{L}/gu;

/**
 * Splits text into word tokens with their UTF-16 offsets into `text`. Ranges in `skip` (URLs,
 * mentions, the caller decides) produce no tokens; they must be sorted by start.
 */
export function tokenize(text: string, skip: readonly TextRange[] = []): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const word = m[0].replace(TRAILING_SELECTORS, '');
    const end = start + word.length;
    while (s < skip.length && (skip[s] as TextRange).end <= start) s++;
    const blocker = skip[s];
    if (blocker && blocker.start < end) continue;
    const lower = word.toLowerCase();
    const numeric = word.charCodeAt(0) <= 0x39 && /^\p{N}+$/u.test(word);
    tokens.push({
      text: word,
      lower,
      start,
      end,
      allCaps: lower !== word && !HAS_LOWER.test(word) && (word.match(LETTERS)?.length ?? 0) >= 2,
      numeric,
    });
  }
  return tokens;
}

/** True when the token has an upper-case letter (names, sentence starts). */
export function hasUpper(token: Token): boolean {
  return token.lower !== token.text && HAS_UPPER.test(token.text);
}
