import type { Catalog } from './index';

/** Strings every page shares. Page-specific catalogues live beside this file. */
export const common = {
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
} satisfies Catalog<string>;

export type CommonKey = keyof typeof common.en;
