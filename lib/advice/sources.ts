/** The five Norwegian blog posts Kvitter's advice comes from (shared/seeds/). */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export type SeedSource = {
  id: SeedId;
  /** The post's own title, in the written standard it was published in. */
  title: string;
  language: 'nb' | 'nn';
  year?: number;
};

/** The seed posts by id, with the titles the "Why?" panel shows. */
export const seedSources: Record<SeedId, SeedSource> = {
  '000': {
    id: '000',
    title: 'Hvordan kan vi benytte Twitter til nettverksbygging?',
    language: 'nb',
    year: 2015,
  },
  '001': { id: '001', title: 'Bygg nettverk på Twitter', language: 'nn' },
  '002': { id: '002', title: 'Slik får du bedre Twitter-bruk for bedriften', language: 'nb' },
  '003': {
    id: '003',
    title: 'Hvordan nå kundegruppen og forholde seg til ansvarsforhold i sosiale medier?',
    language: 'nb',
  },
  '004': { id: '004', title: 'Hvorfor en strategi for sosiale medier?', language: 'nb' },
};
