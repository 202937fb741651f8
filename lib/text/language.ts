import type { WrittenStandard } from '../core/languages';
import { lastTwoKey, suffixesByLastTwo } from './language-lexicon';
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
  let nb = 0;
  let nn = 0;
  let en = 0;
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.numeric) continue;
    if (++words > MAX_WORDS) break;
    const entry = token.info;
    if (entry && entry.nb + entry.nn + entry.en > 0) {
      nb += entry.nb;
      nn += entry.nn;
      en += entry.en;
      continue;
    }
    const word = token.lower;
    if (word.length < 5) continue;
    const endings = suffixesByLastTwo.get(lastTwoKey(word));
    if (!endings) continue;
    for (let k = 0; k < endings.length; k++) {
      const [suffix, language, weight] = endings[k] as (typeof endings)[number];
      if (!word.endsWith(suffix)) continue;
      if (language === 'nb') nb += weight;
      else if (language === 'nn') nn += weight;
      else en += weight;
      break;
    }
  }
  const scores = { nb, nn, en };
  const total = nb + nn + en;
  if (words < MIN_WORDS || total === 0) return { language: 'und', scores, confidence: 0 };
  const best = Math.max(nb, nn, en);
  const ties = (nb === best ? 1 : 0) + (nn === best ? 1 : 0) + (en === best ? 1 : 0);
  if (ties > 1) return { language: 'und', scores, confidence: 0 };
  const second = nb === best ? Math.max(nn, en) : nn === best ? Math.max(nb, en) : Math.max(nb, nn);
  return {
    language: nb === best ? 'nb' : nn === best ? 'nn' : 'en',
    scores,
    confidence: (best - second) / total,
  };
}
