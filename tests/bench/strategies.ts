/**
 * Strategies for the rule benchmark. `corpusStrategy` is the one the bench has always used;
 * `fourTopics` is a fuller one written the way a company would fill in the options page: four
 * topics with keywords in bokmål, nynorsk and English, several preferred hashtags, brand names,
 * phrases to avoid and a signature. `rulesOff` is `fourTopics` with every registered rule off,
 * which leaves the cost of parsing the draft and building the report.
 */
import { ruleIds } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';

export const corpusStrategy: Strategy = {
  ...defaultStrategy,
  accountType: 'company',
  brandNames: ['Kvitter'],
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'facebook', 'marketing', 'sosiale medier'] },
    { name: 'kundeservice', keywords: ['kundeservice', 'kunde', 'support', 'spørsmål'] },
    { name: 'teknologi', keywords: ['KI', 'AI', 'digitalisering', 'utvikler', 'app'] },
  ],
  hashtags: { preferred: ['kvitter', 'norsktech'], max: 2 },
  length: { softTarget: 200, hardLimit: 280 },
  avoidPhrases: [{ phrase: 'billigst', replacement: 'rimeligst' }, { phrase: 'gratis' }],
  languages: { allowed: ['nb', 'nn'] },
};

/** A regional energy company on the west coast: power prices, solar, EV charging, saving energy. */
export const fourTopics: Strategy = {
  ...defaultStrategy,
  accountType: 'company',
  brandNames: ['Havbris', 'Havbris Energi', 'HavbrisLad', 'Min Side'],
  audience: 'Private kunder og små bedrifter på Vestlandet',
  goals: 'Svare raskt, forklare prisene ærlig, få flere til å spare straum',
  topics: [
    {
      name: 'Strømpris',
      keywords: [
        'strømpris',
        'straumpris',
        'spotpris',
        'nettleie',
        'kilowattime',
        'kWh',
        'strømavtale',
        'fastpris',
        'strømstøtte',
        'faktura',
        'electricity price',
        'power bill',
      ],
    },
    {
      name: 'Solenergi',
      keywords: [
        'solcelle',
        'solcellepanel',
        'solenergi',
        'solkraft',
        'plusskunde',
        'batteri',
        'solar',
        'inverter',
      ],
    },
    {
      name: 'Elbil og lading',
      keywords: [
        'elbil',
        'lading',
        'lade',
        'ladeboks',
        'hurtiglader',
        'ladestasjon',
        'ladestasjonar',
        'EV',
        'charging',
        'electric car',
      ],
    },
    {
      name: 'Energisparing',
      keywords: [
        'energisparing',
        'spare strøm',
        'spare straum',
        'varmepumpe',
        'etterisolering',
        'Enova',
        'energimerking',
        'heat pump',
        'insulation',
      ],
    },
  ],
  hashtags: { preferred: ['havbris', 'solenergi', 'elbil', 'spartips', 'straum'], max: 2 },
  length: { softTarget: 220, hardLimit: 280 },
  postsPerWeek: 10,
  signatures: { required: true, list: ['^KH', '^MS', '^TL'] },
  avoidPhrases: [
    { phrase: 'billigst', replacement: 'rimeligst' },
    { phrase: 'billegast', replacement: 'rimelegast' },
    { phrase: 'garantert', replacement: 'normalt' },
    { phrase: 'gratis' },
    { phrase: 'alltid lavest pris' },
    { phrase: 'cheapest', replacement: 'most affordable' },
    { phrase: 'beklager ulempen', replacement: 'takk for tålmodigheten' },
  ],
  languages: { allowed: ['nb', 'nn'], nynorskTarget: 25 },
};

/** `fourTopics` with every registered rule switched off. */
export const rulesOff: Strategy = {
  ...fourTopics,
  rules: Object.fromEntries(ruleIds.map((id) => [id, { enabled: false }])),
};
