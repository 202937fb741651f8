// @nlpjs/lang-no ships no types; this is the part Kvitter uses (a CommonJS class export).
declare module '@nlpjs/lang-no/src/stemmer-no.js' {
  /** Snowball's Norwegian stemmer, generated from the Snowball source. */
  export default class StemmerNo {
    /** Stem of one lower-case word. */
    stemWord(word: string): string;
  }
}
