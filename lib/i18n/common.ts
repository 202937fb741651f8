import { defineCatalog } from './index';

/** Strings every page shares. Page-specific catalogues live beside this file. */
export const common = defineCatalog({
  nb: {
    productName: 'Kvitter',
    tagline: 'Skrivecoach for X',
    language: 'Språk',
    languageAuto: 'Som nettleseren',
  },
  nn: {
    productName: 'Kvitter',
    tagline: 'Skrivecoach for X',
    language: 'Språk',
    languageAuto: 'Som nettlesaren',
  },
  en: {
    productName: 'Kvitter',
    tagline: 'Writing coach for X',
    language: 'Language',
    languageAuto: 'Same as the browser',
  },
});

export type CommonKey = keyof typeof common.en;
