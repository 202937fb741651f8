/**
 * Where sentences and clauses end in bokmål, nynorsk and English, judged at a gap of white space:
 * the word before it and the first character after it decide.
 */

/** How the text before a gap ends. `abbreviation`: a full stop that does not end the sentence. */
export type Ending = 'sentence' | 'clause' | 'abbreviation' | 'word';

/**
 * Abbreviations whose full stop does not end a sentence (lower-case, with their stops). Single
 * letters ("J.", "s.") and runs of them ("e.g.", "t.d.", "U.S.") are recognised by shape.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // bokmål and nynorsk
  'bl.a.',
  'bla.',
  'f.eks.',
  'feks.',
  'dvs.',
  'osv.',
  'osb.',
  'mv.',
  'm.v.',
  'm.m.',
  'm.fl.',
  'mfl.',
  'ca.',
  'jf.',
  'jfr.',
  'nr.',
  'kl.',
  'pga.',
  'evt.',
  'ev.',
  'mht.',
  'iht.',
  'ift.',
  'ifm.',
  'inkl.',
  'ekskl.',
  'hhv.',
  'vha.',
  'tlf.',
  'adr.',
  'avd.',
  'ang.',
  'mill.',
  'mrd.',
  'kr.',
  'stk.',
  'pst.',
  'prof.',
  'ref.',
  'red.',
  'sml.',
  'forts.',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'des.',
  // English
  'etc.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'vs.',
  'jr.',
  'sr.',
  'inc.',
  'ltd.',
  'co.',
  'corp.',
  'approx.',
  'dept.',
  'fig.',
  'vol.',
  'cf.',
  'al.',
  'pp.',
]);

const CLOSERS = new Set([')', ']', '}', '"', "'", '»', '”', '’', '›']);
const OPENERS = new Set(['(', '[', '{', '"', "'", '«', '“', '‘', '‹', '„', '¿', '¡']);
const STRONG_ENDS = new Set(['?', '!', '…', '‼', '⁇', '⁈', '⁉', '？', '！', '。']);
const CLAUSE_MARKS = new Set([',', ';', ':', '，', '；', '：', '、']);
const DASHES = new Set(['–', '—', '-']);
const LETTER_STOPS = /^(?:\p{L}\.)+$/u;
const DIGIT_STOP = /\p{Nd}\.$/u;
const CAPITAL = /[\p{Lu}\p{Lt}]/uy;
const MONTH =
  /(?:januar|january|februar|february|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|oct|nov|des|dec)\.?(?!\p{L})/iuy;

/**
 * How the word that runs from `wordStart` to the gap at `gapStart` ends, given the gap ends at
 * `gapEnd`. A full stop ends a sentence only before a capital (after any opening quote), and
 * never after an abbreviation. After a number it marks an ordinal or date ("17. mai", "2. plass")
 * unless a capital follows that is not a month ("kl. 14. Velkommen!" is two sentences).
 */
export function endingBefore(text: string, wordStart: number, gapStart: number, gapEnd: number): Ending {
  let k = gapStart;
  while (k > wordStart && CLOSERS.has(text[k - 1] as string)) k--;
  if (k === wordStart) return 'word';
  const last = text[k - 1] as string;
  if (STRONG_ENDS.has(last)) return 'sentence';
  if (CLAUSE_MARKS.has(last)) return 'clause';
  if (last === '.') {
    if (k - wordStart >= 3 && text.startsWith('...', k - 3)) return 'sentence';
    let s = wordStart;
    while (s < k && OPENERS.has(text[s] as string)) s++;
    const word = text.slice(s, k);
    if (isAbbreviation(word)) return 'abbreviation';
    let next = gapEnd;
    while (next < text.length && OPENERS.has(text[next] as string)) next++;
    CAPITAL.lastIndex = next;
    if (!CAPITAL.test(text)) return DIGIT_STOP.test(word) ? 'abbreviation' : 'word';
    // "17. Mai" is a date even when capitalised; "kl. 14. Velkommen!" is two sentences.
    if (DIGIT_STOP.test(word)) {
      MONTH.lastIndex = next;
      if (MONTH.test(text)) return 'abbreviation';
    }
    return 'sentence';
  }
  // A dash standing alone between spaces sets off a clause; the cut goes after it.
  if (k - wordStart === 1 && DASHES.has(last)) return 'clause';
  return 'word';
}

/** True for a word like "f.eks.", "Dr." or "J." whose full stop belongs to the word. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || LETTER_STOPS.test(word);
}

/**
 * True when the gap `gapStart`–`gapEnd` lies inside a number: a thousands space ("1 000",
 * "12 500 000"), a spaced range ("2024 – 2025", "kl. 8 – 16") or the space before a percent sign
 * ("5 %", as Norwegian writes it).
 */
export function insideNumber(text: string, gapStart: number, gapEnd: number): boolean {
  if (gapEnd - gapStart !== 1 || text[gapStart] === '\n' || text[gapStart] === '\r') return false;
  const before = text.charCodeAt(gapStart - 1);
  const after = text.charCodeAt(gapEnd);
  if (isDigit(before) && (after === 0x25 || after === 0x2030)) return true;
  // Either side of a lone dash between two numbers: "4 – 2" with the gap before or after the dash.
  if (isDigit(before) && isDash(after) && text[gapEnd + 1] === ' ' && isDigit(text.charCodeAt(gapEnd + 2)))
    return true;
  if (
    isDash(before) &&
    text[gapStart - 2] === ' ' &&
    isDigit(text.charCodeAt(gapStart - 3)) &&
    isDigit(after)
  )
    return true;
  let digitsBefore = 0;
  while (digitsBefore < 4 && isDigit(text.charCodeAt(gapStart - 1 - digitsBefore))) digitsBefore++;
  if (digitsBefore === 0 || digitsBefore > 3 || isLetter(text, gapStart - 1 - digitsBefore)) return false;
  for (let k = 0; k < 3; k++) if (!isDigit(text.charCodeAt(gapEnd + k))) return false;
  return !isDigit(text.charCodeAt(gapEnd + 3));
}

/** True when a lone dash follows the gap that ends at `gapEnd` (the dash should stay with the words before it). */
export function dashFollows(text: string, gapEnd: number): boolean {
  return (
    DASHES.has(text[gapEnd] as string) &&
    (gapEnd + 1 === text.length || /\s/.test(text[gapEnd + 1] as string))
  );
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isDash = (c: number) => c === 0x2013 || c === 0x2014 || c === 0x2d;
const LETTER = /\p{L}/uy;
function isLetter(text: string, i: number): boolean {
  if (i < 0) return false;
  LETTER.lastIndex = i;
  return LETTER.test(text);
}
