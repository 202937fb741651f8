import type { LocalizedText } from '../core/types';
import { defaultRuleSettings, defaultStrategy } from './defaults';
import type { Strategy } from './schema';

/** A ready-made starting point the options page offers; the user adapts it to their own account. */
export type Preset = {
  id:
    | 'personal-learning-network'
    | 'company-official'
    | 'employee-ambassador'
    | 'customer-service'
    | 'public-body';
  name: LocalizedText;
  description: LocalizedText;
  /** Which advice (docs/advice.md) the preset follows, for "Why this?". */
  adviceIds: string[];
  strategy: Strategy;
};

type Overrides = Partial<Strategy>;

/** The defaults with a preset's choices on top; rules not named keep their default. */
function strategyWith(overrides: Overrides): Strategy {
  const { rules, ...rest } = overrides;
  return { ...defaultStrategy, ...rest, rules: { ...defaultRuleSettings(), ...rules } };
}

const off = { enabled: false } as const;

export const presets: readonly Preset[] = [
  {
    id: 'personal-learning-network',
    name: {
      nb: 'Personlig læringsnettverk',
      nn: 'Personleg læringsnettverk',
      en: 'Personal learning network',
    },
    description: {
      nb: 'For deg som bruker X til å lære, dele fagstoff og bygge nettverk i eget navn.',
      nn: 'For deg som brukar X til å lære, dele fagstoff og byggje nettverk i eige namn.',
      en: 'For using X in your own name to learn, share expertise and build a network.',
    },
    adviceIds: ['relevant-content', 'engage-reply', 'no-empty-cheering', 'hashtags-relevant'],
    strategy: strategyWith({
      accountType: 'personal',
      audience: 'Fagfolk og andre som er interessert i det samme som meg',
      goals: 'Lære av andre, dele det jeg lærer og bygge et faglig nettverk',
      topics: [
        { name: 'Læring', keywords: ['læring', 'kompetanse', 'kurs', 'læringsnettverk', 'learning'] },
        { name: 'Nettverk', keywords: ['nettverk', 'nettverksbygging', 'samarbeid', 'networking'] },
        { name: 'Deling', keywords: ['artikkel', 'blogg', 'tips', 'ressurs', 'article', 'resource'] },
      ],
      hashtags: { preferred: [], max: 2 },
      length: { softTarget: 220, hardLimit: 280 },
      postsPerWeek: 5,
      rules: { shouting: off, signature: off },
    }),
  },
  {
    id: 'company-official',
    name: { nb: 'Offisiell bedriftskonto', nn: 'Offisiell bedriftskonto', en: 'Official company account' },
    description: {
      nb: 'Bedriften snakker direkte: offisiell stemme, men aldri kjedelig. Hver post kan skade eller styrke merkevaren.',
      nn: 'Bedrifta snakkar direkte: offisiell stemme, men aldri kjedeleg. Kvar post kan skade eller styrkje merkevara.',
      en: 'The company speaks directly: an official voice, but never a dull one. Every post can harm or help the brand.',
    },
    adviceIds: ['official-voice', 'relevant-content', 'who-speaks', 'hashtags-relevant'],
    strategy: strategyWith({
      accountType: 'company',
      audience: 'Kunder, samarbeidspartnere og presse',
      goals: 'Være synlige og nyttige for kundegruppen vår, jevnlig',
      topics: [
        {
          name: 'Produkter og tjenester',
          keywords: ['produkt', 'tjeneste', 'lansering', 'nyhet', 'tilbud', 'product', 'service', 'launch'],
        },
        { name: 'Bransjen', keywords: ['bransje', 'marked', 'trend', 'industry', 'market'] },
        { name: 'Arrangementer', keywords: ['arrangement', 'seminar', 'konferanse', 'webinar', 'event'] },
      ],
      hashtags: { preferred: [], max: 2 },
      length: { softTarget: 200, hardLimit: 280 },
      postsPerWeek: 5,
      avoidPhrases: [
        { phrase: 'verdensledende', replacement: 'ledende' },
        { phrase: 'revolusjonerende', replacement: 'ny' },
        { phrase: 'synergier', replacement: 'samarbeid' },
      ],
      languages: { allowed: ['nb', 'en'] },
      rules: { shouting: { enabled: true, severity: 'warning' }, signature: off },
    }),
  },
  {
    id: 'employee-ambassador',
    name: { nb: 'Ansatt som ambassadør', nn: 'Tilsett som ambassadør', en: 'Employee ambassador' },
    description: {
      nb: 'Du snakker indirekte for arbeidsgiveren: personlig og faglig, men husk at interne saker hører hjemme i interne kanaler.',
      nn: 'Du snakkar indirekte for arbeidsgivaren: personleg og fagleg, men hugs at interne saker høyrer heime i interne kanalar.',
      en: 'You speak indirectly for your employer: personal and professional, but internal matters belong in internal channels.',
    },
    adviceIds: ['official-voice', 'relevant-content', 'engage-reply'],
    strategy: strategyWith({
      accountType: 'employee',
      audience: 'Fagmiljøet mitt og mulige kunder og kolleger',
      goals: 'Vise fram fagkompetansen hos oss og bygge tillit til arbeidsgiveren',
      topics: [
        { name: 'Fagområdet mitt', keywords: ['fag', 'faglig', 'erfaring', 'prosjekt', 'project'] },
        {
          name: 'Arbeidsplassen',
          keywords: ['jobb', 'kolleger', 'arbeidsplass', 'stilling', 'team', 'hiring'],
        },
      ],
      hashtags: { preferred: [], max: 2 },
      length: { softTarget: 220, hardLimit: 280 },
      postsPerWeek: 3,
      avoidPhrases: [{ phrase: 'internt' }, { phrase: 'konfidensielt' }, { phrase: 'kun for ansatte' }],
      rules: { signature: off },
    }),
  },
  {
    id: 'customer-service',
    name: { nb: 'Kundeservicekonto', nn: 'Kundeservicekonto', en: 'Customer-service account' },
    description: {
      nb: 'Flere svarer fra samme konto: hvert svar signeres, og tonen er hjelpsom og rolig.',
      nn: 'Fleire svarar frå same konto: kvart svar vert signert, og tonen er hjelpsam og roleg.',
      en: 'Several people answer from one account: every reply is signed, and the tone is helpful and calm.',
    },
    adviceIds: ['who-speaks', 'engage-reply', 'official-voice'],
    strategy: strategyWith({
      accountType: 'company',
      audience: 'Kunder som trenger hjelp',
      goals: 'Svare raskt og hjelpsomt på spørsmål og klager',
      topics: [
        {
          name: 'Kundeservice',
          keywords: ['hjelp', 'spørsmål', 'sak', 'svar', 'kontakt', 'help', 'support', 'question'],
        },
        {
          name: 'Driftsmeldinger',
          keywords: ['drift', 'driftsmelding', 'avvik', 'nedetid', 'status', 'outage'],
        },
      ],
      hashtags: { preferred: [], max: 1 },
      length: { softTarget: 240, hardLimit: 280 },
      postsPerWeek: 20,
      signatures: { required: true, list: ['^KH'] },
      avoidPhrases: [
        { phrase: 'beklager ulempen', replacement: 'beklager at dette skjedde' },
        { phrase: 'iht.', replacement: 'etter' },
      ],
      rules: { shouting: { enabled: true, severity: 'warning' }, 'empty-cheer': { enabled: true } },
    }),
  },
  {
    id: 'public-body',
    name: { nb: 'Offentlig virksomhet', nn: 'Offentleg verksemd', en: 'Norwegian public body' },
    description: {
      nb: 'Klart språk til innbyggerne, på både bokmål og nynorsk: minst 25 % nynorsk.',
      nn: 'Klart språk til innbyggjarane, på både bokmål og nynorsk: minst 25 % nynorsk.',
      en: 'Plain language for residents, in both Bokmål and Nynorsk: at least 25 % Nynorsk.',
    },
    adviceIds: ['channel-fit', 'official-voice', 'relevant-content'],
    strategy: strategyWith({
      accountType: 'company',
      audience: 'Innbyggere, næringsliv og presse',
      goals: 'Informere om tjenester, frister og vedtak på et språk alle forstår',
      topics: [
        {
          name: 'Tjenester',
          keywords: ['tjeneste', 'teneste', 'søknad', 'søknadsfrist', 'frist', 'digital', 'selvbetjening'],
        },
        {
          name: 'Informasjon',
          keywords: ['informasjon', 'kunngjøring', 'kunngjering', 'høring', 'høyring', 'vedtak', 'nyhet'],
        },
        { name: 'Beredskap', keywords: ['beredskap', 'varsel', 'krise', 'farevarsel', 'stengt'] },
      ],
      hashtags: { preferred: [], max: 1 },
      length: { softTarget: 220, hardLimit: 280 },
      postsPerWeek: 5,
      avoidPhrases: [
        { phrase: 'vedrørende', replacement: 'om' },
        { phrase: 'iht.', replacement: 'etter' },
        { phrase: 'herved' },
      ],
      languages: { allowed: ['nb', 'nn'], nynorskTarget: 25 },
      rules: {
        shouting: { enabled: true, severity: 'warning' },
        'language-policy': { enabled: true, severity: 'warning' },
        signature: off,
      },
    }),
  },
];
