// One package per language rather than snowball-stemmers, which bundles every Snowball language
// in one file that cannot be tree-shaken (most of it other languages' stemmers). These two run the
// same Snowball algorithms and gave identical stems on every word of our fixtures and corpus.
import StemmerNo from '@nlpjs/lang-no/src/stemmer-no.js';
import { stem as porter2 } from 'porter2';

/** Languages with a Snowball stemmer; nynorsk shares the Norwegian one (its endings are in it). */
export type StemLanguage = 'nb' | 'nn' | 'en';

let norwegian: StemmerNo | undefined;
const caches = new Map<StemLanguage, Map<string, string>>();
const CACHE_LIMIT = 5000;

function stemUncached(word: string, language: StemLanguage): string {
  if (language === 'en') return porter2(word);
  norwegian ??= new StemmerNo();
  return norwegian.stemWord(word);
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
  const result = stemUncached(word, language);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
