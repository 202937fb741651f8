import type { WrittenStandard } from '../core/languages';
import { EDGE, letterCode, letterGroupWeight } from './language-lexicon';
import type { Token } from './tokenize';

export type LanguageGuess = {
  language: WrittenStandard;
  /**
   * Evidence for each side, summed over the words looked at: `en` against `no` (Norwegian, either
   * standard) first, then `nb` against `nn` within Norwegian.
   */
  scores: { nb: number; nn: number; en: number; no: number };
  /**
   * How far the winner leads the runner-up at the step that decided, relative to all evidence there
   * (0–1); between bokmål and nynorsk, slight evidence gives a low confidence however one-sided.
   */
  confidence: number;
};

/**
 * Added to the evidence when the confidence in bokmål or nynorsk is worked out: a lead of a word
 * or two that both standards use, only more or less often, answers the question but is no grounds
 * for telling the writer they used the wrong standard.
 */
const SLIGHT_EVIDENCE = 2;

/** Known words leading by this much decide alone; letters of unweighed words could not change much. */
const SURE_WITHOUT_LETTERS = 3;

/** Beyond this many words the answer no longer changes; a 25,000-character paste stops here. */
const MAX_WORDS = 400;
const MIN_WORDS = 2;
/** Evidence for Norwegian in a word no list knows but that holds æ, ø or å. */
const NORWEGIAN_LETTER = 1.5;
/**
 * English must lead Norwegian by this much: calling a Norwegian draft English is the costlier
 * mistake, as the user is then told they wrote in the wrong language.
 */
const ENGLISH_MARGIN = 1;

/** True when a lower-case word holds æ, ø or å. */
function hasNorwegianLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xe6 || c === 0xf8 || c === 0xe5) return true;
  }
  return false;
}

/** At most this much evidence from one unweighed word, so letters never outweigh a known word. */
const UNKNOWN_WORD_CAP = 1.5;
/** A word's letter groups sum to how sure its spelling makes us, which is less than a known word. */
const LETTER_GROUP_SCALE = 0.3;

/**
 * How far the letters of a word no list weighs between the standards lean to nynorsk (positive)
 * or bokmål (negative): the sum over its four-letter groups (word edges included), scaled and
 * capped. Endings carry most of it ("-ane", "-leg", "-ar" against "-ene", "-lig", "-er");
 * compounds profit too: "tryggleikskopi" and "innhaldsprosess" hold nynorsk stems that no word
 * list has whole.
 */
function letterWeight(word: string): number {
  let key = EDGE;
  let length = 1;
  let sum = 0;
  for (let i = 0; i <= word.length; i++) {
    const code = i < word.length ? letterCode(word.charCodeAt(i)) : EDGE;
    if (code === 0) {
      length = 0;
      key = 0;
      continue;
    }
    key = ((key << 5) | code) & 0xfffff;
    if (++length >= 4) sum += letterGroupWeight(key);
  }
  sum *= LETTER_GROUP_SCALE;
  return Math.min(UNKNOWN_WORD_CAP, Math.max(-UNKNOWN_WORD_CAP, sum));
}

/**
 * Detects the written standard of a draft from its words, in two steps: English against
 * Norwegian (words either standard shares, like "og", "er", "på", and æ/ø/å, count for
 * Norwegian), then bokmål against nynorsk (spellings and endings unique to one). Returns `und`
 * for one-word drafts and when the evidence does not point one way.
 */
export function detectWrittenStandard(tokens: readonly Token[]): LanguageGuess {
  let en = 0;
  let no = 0;
  let nb = 0;
  let nn = 0;
  let words = 0;
  let unweighed = 0;
  let end = tokens.length;
  for (let i = 0; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.numeric) continue;
    if (++words > MAX_WORDS) {
      end = i;
      break;
    }
    const entry = token.info;
    // Acronyms and code names ("PATH", "DNS") are English in any language's text.
    const e = entry ? (token.allCaps ? entry.en / 2 : entry.en) : 0;
    const n = entry ? entry.nn : 0;
    if (n === 0 && e <= 0) {
      unweighed++;
      if (e === 0 && entry === undefined && hasNorwegianLetter(token.lower)) no += NORWEGIAN_LETTER;
    }
    if (e > 0) en += e;
    else no -= e;
    if (n > 0) nn += n;
    else nb -= n;
  }
  if (words < MIN_WORDS) return { language: 'und', scores: { nb, nn, en, no }, confidence: 0 };
  if (en - no >= ENGLISH_MARGIN)
    return { language: 'en', scores: { nb, nn, en, no }, confidence: (en - no) / (en + no) };
  if (no <= en) return { language: 'und', scores: { nb, nn, en, no }, confidence: 0 };
  // Norwegian: only now are the letters worth reading, of every word no list weighs between the
  // standards, known Norwegian ones ("skriving", "menylinja") included (most drafts have some).
  if (Math.abs(nn - nb) >= SURE_WITHOUT_LETTERS) unweighed = 0;
  for (let i = 0; unweighed > 0 && i < end; i++) {
    const token = tokens[i] as Token;
    const entry = token.info;
    if (token.numeric || (entry && (entry.en > 0 || entry.nn !== 0))) continue;
    unweighed--;
    if (token.lower.length < 4) continue;
    const n = letterWeight(token.lower);
    if (n > 0) nn += n;
    else nb -= n;
  }
  const scores = { nb, nn, en, no };
  if (nb === nn) return { language: 'und', scores, confidence: 0 };
  return {
    language: nn > nb ? 'nn' : 'nb',
    scores,
    confidence: Math.abs(nn - nb) / (nn + nb + SLIGHT_EVIDENCE),
  };
}
