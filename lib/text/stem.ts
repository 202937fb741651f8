import { newStemmer, type Stemmer } from 'snowball-stemmers';

/** Languages with a Snowball stemmer; nynorsk shares the Norwegian one (its endings are in it). */
export type StemLanguage = 'nb' | 'nn' | 'en';

const stemmers = new Map<StemLanguage, Stemmer>();
const caches = new Map<StemLanguage, Map<string, string>>();
const CACHE_LIMIT = 5000;

function stemmerFor(language: StemLanguage): Stemmer {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = newStemmer(language === 'en' ? 'english' : 'norwegian');
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/**
 * Snowball stem of a lower-case word ("kampanjen" → "kampanj", "companies" → "compani").
 * Memoised: the same words come back on every keystroke.
 */
export function stem(word: string, language: StemLanguage): string {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = stemmerFor(language).stem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
