/**
 * Made-up profiles for the learner's tests, written for Kvitter (no real posts are copied): what
 * one person posts over some weeks, newest last. Each post gets an id that grows with time, as
 * X's status ids do.
 */

/**
 * Ingrid works in a company's customer service and cares about nynorsk. She writes bokmål,
 * nynorsk and English, about her two subjects among everyday posts.
 */
export const mixedProfile: string[] = [
  // Customer service and support (bokmål and English).
  'Travel dag i kundeservice: over 300 henvendelser før lunsj. Takk for tålmodigheten! #kundeservice',
  'God kundeservice handler om å lytte før man svarer. Det er lett å glemme når køen er lang.',
  'We rebuilt our support chat this spring. Response times are down by half. #CustomerSupport',
  'Supporten er bemannet til 22 i kveld. Send oss en melding, så svarer vi så fort vi kan. #Kundeservice',
  'Hva gjør god support? Rask svartid, ekte svar og at kunden slipper å gjenta seg selv.',
  'Kundeservicen vår vant bransjeprisen i år 🏆 Stolt av gjengen! #kundeservice',
  'Tips til alle i support: skriv svarene som om kunden er en venn, ikke en sak.',
  'Good customer support is a team sport. Thanks to everyone who covered the evening shift. #CustomerSupport',
  'Chatbot eller menneske? Kundene vil ha begge deler, men de vil alltid kunne nå et menneske i kundeservice.',
  'Ny rekord i kundetilfredshet i kundeservice denne måneden. Det er dere som gjør jobben! #kundeservice',
  'Vi ansetter i support! Liker du å hjelpe folk og løse problemer? Søk innen fredag. https://jobb.example.no/support',
  'Kundeservicen er stengt på 17. mai. Gratulerer med dagen, alle sammen! 🇳🇴',
  // Nynorsk and language (nynorsk, bokmål, English).
  'Eg skriv på nynorsk fordi det er mitt språk. Det treng ingen annan grunn. #nynorsk',
  'Kvifor er det så få appar på nynorsk? Språket fortener betre. #nynorsk',
  'Nynorsken er ikkje vanskelegare enn bokmål, han er berre mindre brukt.',
  'Språkrådet har nye råd om klarspråk. Verdt å lese for alle som skriv til publikum. https://www.sprakradet.no/klarsprak',
  'Fin debatt om språk i skulen i kveld. Nynorsk som sidemål treng betre læremiddel. #nynorsk',
  'Visste du at ein av sju elevar har nynorsk som hovudmål? Språket lever!',
  'Jeg har begynt å skrive mer på nynorsk på jobb. Kundene våre i Sogn setter pris på det.',
  'Eit språk døyr ikkje så lenge nokon skriv det. Skriv nynorsk i dag òg! #Nynorsk',
  'People often ask why Norway has two written languages. Short answer: history, and a lot of pride in nynorsk.',
  // Everyday posts.
  'Endelig fredag! Kaffe og kanelbolle på trappa 🌞',
  'Regnet høljer ned i Bergen. Paraplyen ble selvfølgelig liggende hjemme.',
  'Gratulerer med dagen, mamma! ❤️',
  'Fantastisk tur til Preikestolen i helga. Anbefales! 🏔️',
  'Nokon som har tips til ei god bok til påskeferien?',
  'Kaffe nummer tre før klokka ti. Det blir ein lang dag.',
  'What a match! Brann won 3-1 and the whole city is singing.',
  'Toget er forsinket igjen. Tredje gang denne uka.',
  'Middag i kveld: fiskesuppe etter bestemors oppskrift. Enkelt og godt.',
  'Happy Friday everyone! Coffee, sun and a long weekend ahead ☀️',
  'Takk for alle gratulasjonene! 🎉',
  'Første skitur i år. Føret var perfekt og kakaoen smakte himmelsk.',
  'Bussen kom ikke i dag heller. Godt at det finnes sykkel.',
  'Leste en god artikkel om søvn. Legger fra meg mobilen klokka 22 fra nå av.',
  'Sol i Bergen! Det skjer ikke så ofte, så vi nyter det.',
  'Podkasttips: noe lett å høre på mens man vasker opp? 🎧',
  '@kari_n Takk for sist! Vi må ta en kaffe snart igjen.',
];

/** Words of Ingrid's two subjects, in the forms a proposal may take. */
export const mixedSubjects = {
  service: ['kundeservice', 'kundeservicen', 'support', 'supporten', 'kunden', 'kundene', 'kunde'],
  language: ['nynorsk', 'nynorsken', 'språk', 'språket'],
};

/**
 * Sam runs a small bakery and posts in English about sourdough baking and the local farmers'
 * market, among everyday posts.
 */
export const englishProfile: string[] = [
  'Our sourdough starter turned five today. Still bubbling, still sour. #sourdough',
  'Long fermentation is the secret: 36 hours in the fridge before the bread hits the oven. #Sourdough',
  'Sourdough workshop on Saturday! Six places left. https://bakery.example.com/workshop',
  'Hydration matters more than flour brand. Start at 70% and work up from there. #sourdough',
  'Rye sourdough is a different beast. Sticky, dense and absolutely worth it.',
  'The farmers market opens at eight. We will have rye, spelt and cinnamon buns. #FarmersMarket',
  'Sold out at the farmers market before ten! Thank you all. #FarmersMarket',
  'Meet the farmers behind our flour at the market this weekend. #farmersmarket',
  'Rain or shine, the market goes on. Bring a bag and an appetite.',
  'Scoring patterns for sourdough loaves: a thread 🧵 #sourdough',
  'Why does my sourdough spread flat? Usually weak gluten or an overproofed dough.',
  'New at the market: spelt croissants. Come early. #FarmersMarket',
  // Everyday posts.
  'Monday again. Coffee first, then everything else.',
  'What a sunset over the harbour tonight 🌅',
  'Happy birthday to my little sister! 🎂',
  'Anyone got podcast recommendations for a long drive?',
  'Finally finished that book everyone was talking about. Worth the hype.',
  'The dog ate my shopping list. Genuinely.',
  'Train delayed again. Third time this week.',
  'Lovely walk along the river with @jamie_b this morning.',
  'Snow in April. Of course.',
  'Great match last night! What a finish.',
];

/** Words of Sam's two subjects, in the forms a proposal may take. */
export const englishSubjects = {
  baking: ['sourdough', 'rye', 'dough', 'flour', 'spelt'],
  market: ['market', 'farmers'],
};

/** Ids that grow with time, like X's status ids (the first post is the oldest). */
export function idsFor(count: number, first = 1800000000000000000n): string[] {
  return Array.from({ length: count }, (_, i) => String(first + BigInt(i) * 1000n));
}
