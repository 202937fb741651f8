/**
 * Ordinary language: words never proposed as a topic however often the user writes them.
 *
 * Sources (all shipped in the extension):
 * - stopwords-iso 1.1.0 (npm `stopwords-iso`, MIT licence, github.com/stopwords-iso): its `no`
 *   list (221 words, bokmål and nynorsk forms mixed, as the package has no separate nb/nn list)
 *   and its `en` list (1,298 entries). Four Norwegian entries are stored with a broken "ø"
 *   ("fûr", "gjûre"); their repaired forms are added beside them. Entries that are no single
 *   word ("i.e.", "et-al", "10") are left out, and so are a few English subjects (below).
 * - Kvitter's own lists: the function words of `lib/text/stopwords.ts` (nb, nn, en), the cheering
 *   words of `lib/text/cheer-words.ts`, and the everyday words of `./everyday.ts`.
 * - Norwegian verbs, adverbs and other words that are no nouns, by their part of speech in the
 *   Norwegian Dependency Treebank (`./everyday-forms.ts`, generated).
 *
 * A word is ordinary when it is in one of the lists, or when its stem is the stem of a listed word
 * (so "dagene" is ordinary because "dag" is listed; short words the stemmer leaves alone, such as
 * "ukene", are listed in full). The treebank's forms count as written only, and only in Norwegian
 * posts: their stems would take nouns with them ("bygger", builds, would take "bygg", building).
 */
import { en as isoEnglish, no as isoNorwegian } from 'stopwords-iso/stopwords-iso.json';
import { cheerWords } from '../text/cheer-words';
import { type StemLanguage, stem } from '../text/stem';
import { stopwords } from '../text/stopwords';
import { everydayEnglish, everydayNorwegian } from './everyday';
import { everydayForms } from './everyday-forms';

/**
 * Subjects in stopwords-iso's English list (it was made for search engines, where "computer" or
 * "research" say little about a page) that a person may well post about.
 */
const NOT_ORDINARY = new Set(
  'computer research microsoft netscape novel system web webpage website homepage'.split(' '),
);

const split = (words: string) => words.split(/\s+/).filter(Boolean);
const repaired = (word: string) => word.replace(/[ûö]/g, 'ø');
// The lists also hold "i.e.", "et-al", "10" and a few broken entries ("herse”"): only words are kept.
const WORD = /^\p{L}+(?:['’]\p{L}+)*$/u;
const words = (list: readonly string[]) => list.filter((w) => WORD.test(w));

/** The Norwegian (bokmål and nynorsk) ordinary words, as shipped. */
export const ordinaryNorwegian: readonly string[] = [
  ...new Set(
    words([
      ...isoNorwegian,
      ...isoNorwegian.filter((w) => /[ûö]/.test(w)).map(repaired),
      ...stopwords.nb,
      ...stopwords.nn,
      ...split(everydayNorwegian),
    ]),
  ),
];

/** The English ordinary words, as shipped. */
export const ordinaryEnglish: readonly string[] = [
  ...new Set(
    words([...isoEnglish.filter((w) => !NOT_ORDINARY.has(w)), ...stopwords.en, ...split(everydayEnglish)]),
  ),
];

type Lists = { words: Set<string>; stems: Record<StemLanguage, Set<string>>; norwegianForms: Set<string> };
let lists: Lists | undefined;

/** Built on first use: stemming the lists is the costly part, and most pages never learn. */
function build(): Lists {
  const all = new Set([...ordinaryNorwegian, ...ordinaryEnglish, ...cheerWords]);
  const norwegian = new Set<string>();
  for (const word of [...ordinaryNorwegian, ...cheerWords]) norwegian.add(stem(word, 'nb'));
  const english = new Set<string>();
  for (const word of [...ordinaryEnglish, ...cheerWords]) english.add(stem(word, 'en'));
  return {
    words: all,
    stems: { nb: norwegian, nn: norwegian, en: english },
    norwegianForms: new Set(split(everydayForms)),
  };
}

/**
 * Stems the lists now rather than on the first post learned (a one-off cost of some milliseconds):
 * for a caller that would rather pay it when the page is idle.
 */
export function prepareLearner(): void {
  lists ??= build();
}

/**
 * True for a lower-case word of ordinary language: listed, or with the stem of a listed word.
 * `language` is the stemmer of the post. Norwegian posts often borrow English words ("weekends",
 * "meeting"), so there the English stem is looked up too; English posts rarely borrow Norwegian
 * ones, and an English word's Norwegian stem can hit a Norwegian word ("stores" → "stor").
 */
export function isOrdinary(lowerWord: string, wordStem: string, language: StemLanguage): boolean {
  lists ??= build();
  if (lists.words.has(lowerWord) || lists.stems[language].has(wordStem)) return true;
  if (language === 'en') return false;
  return lists.norwegianForms.has(lowerWord) || lists.stems.en.has(stem(lowerWord, 'en'));
}
