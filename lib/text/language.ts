import { lastTwoKey, suffixesByLastTwo } from './language-lexicon';
import type { WrittenStandard } from './language-types';
import type { Token } from './tokenize';

export type LanguageGuess = {
  language: WrittenStandard;
  /** Evidence for each standard, summed over the words looked at. */
  scores: { nb: number; nn: number; en: number };
  /** How far the winner leads the runner-up, relative to all evidence (0–1). */
  confidence: number;
};

/** Beyond this many words the answer no longer changes; a 25,000-character paste stops here. */
const MAX_WORDS = 400;
const MIN_WORDS = 2;

/**
 * Detects the written standard of a draft from its words: function words and spellings unique
 * to bokmål, nynorsk or English, then typical endings. Returns `und` for one-word drafts and
 * when the evidence does not point one way.
 */
export function detectWrittenStandard(tokens: readonly Token[]): LanguageGuess {
  const scores = { nb: 0, nn: 0, en: 0 };
  let words = 0;
  for (const token of tokens) {
    if (token.numeric) continue;
    words++;
    if (words > MAX_WORDS) break;
    const entry = token.info;
    if (entry && entry.nb + entry.nn + entry.en > 0) {
      scores.nb += entry.nb;
      scores.nn += entry.nn;
      scores.en += entry.en;
      continue;
    }
    const word = token.lower;
    if (word.length < 5) continue;
    const endings = suffixesByLastTwo.get(lastTwoKey(word));
    if (!endings) continue;
    for (const [suffix, language, weight] of endings) {
      if (word.endsWith(suffix)) {
        scores[language] += weight;
        break;
      }
    }
  }
  const total = scores.nb + scores.nn + scores.en;
  if (words < MIN_WORDS || total === 0) return { language: 'und', scores, confidence: 0 };
  const ranked = (['nb', 'nn', 'en'] as const)
    .map((l) => [l, scores[l]] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked as unknown as [
    readonly ['nb' | 'nn' | 'en', number],
    readonly [string, number],
  ];
  if (first[1] === second[1]) return { language: 'und', scores, confidence: 0 };
  return { language: first[0], scores, confidence: (first[1] - second[1]) / total };
}
