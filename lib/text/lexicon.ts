import { cheerWords, greetingWords } from './cheer-words';
import { languageLexicon } from './language-lexicon';
import { stopwords } from './stopwords';

/** Everything Kvitter knows about a lower-case word, found with one look-up per token. */
export type WordInfo = {
  /** Log-odds of English over Norwegian: positive points to English, negative to Norwegian. */
  en: number;
  /** Log-odds of nynorsk over bokmål: positive points to nynorsk, negative to bokmål. */
  nn: number;
  /** A function word in one of the three languages. */
  stop: boolean;
  /** A word of cheering, thanks or agreement. */
  cheer: boolean;
  /** A word of greeting or addressing the timeline ("morgen", "hello", "everyone"). */
  greet: boolean;
};

/** word → what the rules need to know about it; built once when the module loads. */
export const wordInfo: ReadonlyMap<string, WordInfo> = (() => {
  const map = new Map<string, WordInfo>();
  const get = (word: string) => {
    let info = map.get(word);
    if (!info) {
      info = { en: 0, nn: 0, stop: false, cheer: false, greet: false };
      map.set(word, info);
    }
    return info;
  };
  for (const [word, weights] of languageLexicon) Object.assign(get(word), weights);
  for (const set of [stopwords.nb, stopwords.nn, stopwords.en]) for (const word of set) get(word).stop = true;
  for (const word of cheerWords) get(word).cheer = true;
  for (const word of greetingWords) get(word).greet = true;
  return map;
})();
