import { defineCatalog } from './index';

/** Strings of the components every page shares (why-disclosure, language switcher). */
export const componentsCatalog = defineCatalog({
  nb: {
    why: 'Hvorfor?',
    adviceSource: 'Kilde: {source}',
    adviceSources: 'Kilder:',
    adviceMissing: 'Dette rådet er Kvitters eget tillegg, ikke fra blogginnleggene.',
    languageLabel: 'Språk',
    languageAuto: 'Som nettleseren',
    languageNb: 'Bokmål',
    languageNn: 'Nynorsk',
    languageEn: 'English',
    languageSaveFailed: 'Klarte ikke å lagre språkvalget.',
  },
  nn: {
    why: 'Kvifor?',
    adviceSource: 'Kjelde: {source}',
    adviceSources: 'Kjelder:',
    adviceMissing: 'Dette rådet er Kvitter sitt eige tillegg, ikkje frå blogginnlegga.',
    languageLabel: 'Språk',
    languageAuto: 'Som nettlesaren',
    languageNb: 'Bokmål',
    languageNn: 'Nynorsk',
    languageEn: 'English',
    languageSaveFailed: 'Klarte ikkje å lagre språkvalet.',
  },
  en: {
    why: 'Why?',
    adviceSource: 'Source: {source}',
    adviceSources: 'Sources:',
    adviceMissing: 'This advice is Kvitter’s own addition, not from the blog posts.',
    languageLabel: 'Language',
    languageAuto: 'Same as the browser',
    languageNb: 'Bokmål',
    languageNn: 'Nynorsk',
    languageEn: 'English',
    languageSaveFailed: 'Could not save the language choice.',
  },
});

export type ComponentsKey = keyof typeof componentsCatalog.en;
