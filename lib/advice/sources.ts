/** The five Norwegian blog posts Kvitter's advice comes from (listed in docs/advice.md). */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export type SeedSource = {
  id: SeedId;
  /** The post's own title, in the written standard it was published in. */
  title: string;
  language: 'nb' | 'nn';
  year?: number;
  /** Where the post is published, when it could be found; the "Why?" panel links to it. */
  url?: string;
};

/** The seed posts by id, with the titles (and addresses, where known) the "Why?" panel shows. */
export const seedSources: Record<SeedId, SeedSource> = {
  '000': {
    id: '000',
    title: 'Hvordan kan vi benytte Twitter til nettverksbygging?',
    language: 'nb',
    year: 2015,
    url: 'http://sosgull.blogspot.com/2015/03/hvordan-kan-vi-benytte-twitter-til.html',
  },
  '001': {
    id: '001',
    title: 'Bygg nettverk på Twitter',
    language: 'nn',
    url: 'https://toyni.tobekk.no/bygg-nettverk-pa-twitter/',
  },
  // No address found for 002, 003 and 004: docs/advice.md says what was tried.
  '002': { id: '002', title: 'Slik får du bedre Twitter-bruk for bedriften', language: 'nb' },
  '003': {
    id: '003',
    title: 'Hvordan nå kundegruppen og forholde seg til ansvarsforhold i sosiale medier?',
    language: 'nb',
  },
  '004': { id: '004', title: 'Hvorfor en strategi for sosiale medier?', language: 'nb' },
};
