/**
 * Words that tell bokmål, nynorsk and English apart, written from the official spelling of
 * each standard (Bokmålsordboka, Nynorskordboka). Words the standards share ("det", "er",
 * "men", "for") are left out on purpose: they say nothing about which one a draft is in.
 * Each list is "weight: words"; the weight is how sure one such word makes us.
 */
const bokmal = `
3: jeg ikke hva hvordan hvorfor hvem hvilken hvilke hvis hvert hverandre noen noe mye hun dere deres
2: være vært bare mer fra selv hjem hjemme uten ble blitt kommer komme gjøre gjør hennes disse sammen
2: fremdeles fortsatt annet annen synes sier vet tror trenger gang huske fikk gikk mulig vanlig dårlig
2: flere siden egentlig helt hele eget egen tenker spørre hvit ønsker fortelle snakker jobber tar tatt
2: uke uker måned måneder verden penger kunder ansatte virksomhet virksomheter skolen skole elever
2: lærer lærere fremtiden fremtid tidligere senere mens ingenting selvfølgelig selvsagt syv kjærlighet
2: øyne regjeringen valget valg syk sykehus mennesker steder sted tjeneste tjenester mener mene
2: spise spiser høre hører øke økt årene gir gitt frem nødvendig heller dem ham meste kirke enig
1.5: en et de nå enda
`;

const nynorsk = `
3: eg ikkje kva korleis kvifor kven kvar nokon noko nokre mykje ho dykk dykkar
2: vere vore berre meir frå sjølv heim heime utan vart vorte kjem kome gjere gjer hennar ein eit dei
2: desse saman framleis anna annan synest seier veit trur treng gong hugse fekk gjekk mogleg vanleg
2: dårleg fleire sidan eigentleg heilt heile eige eigen tenkjer spørje kvit ønskjer fortelje snakkar
2: jobbar tek teke veke veker månad månader verda pengar kundar tilsette verksemd verksemder skulen
2: skule elevar lærar lærarar framtida framtid tidlegare seinare medan sjølvsagt kjærleik auge
2: regjeringa valet val sjuk sjukehus stader stad teneste tenester meiner meine ete høyre høyrer
2: auke auka åra gjev gjeve naudsynt difor kyrkje òg eigentleg dessutan einaste einig heilt
2: tykkjer sjå søkje spør nokså ifrå kvarandre fekk byrje byrjar
1: no me
`;

const english = `
2: the and is are was were been you your of that it this with have has not on my what how why
2: who we they their there our from will would can't don't it's i'm just about so but if or an as
2: do does did get got one more out up some people good great new know think see thanks
2: thank love really very much today day should could which when where than then these those its
2: being any every into also only other such even well because after before here
2: she he him his her them us me make made need want going let's that's you're we're they're
2: congrats congratulations awesome amazing agree agreed post thread read check please yes
1: no to
`;

type Weights = { nb: number; nn: number; en: number };

function parse(block: string, language: keyof Weights, into: Map<string, Weights>): void {
  for (const line of block.trim().split('\n')) {
    const [weight, words] = line.split(':');
    for (const word of (words ?? '').trim().split(/\s+/)) {
      const entry = into.get(word) ?? { nb: 0, nn: 0, en: 0 };
      entry[language] = Math.max(entry[language], Number(weight));
      into.set(word, entry);
    }
  }
}

/** word → how strongly it points to each written standard. */
export const languageLexicon: ReadonlyMap<string, Readonly<Weights>> = (() => {
  const map = new Map<string, Weights>();
  parse(bokmal, 'nb', map);
  parse(nynorsk, 'nn', map);
  parse(english, 'en', map);
  return map;
})();

/**
 * Endings that lean one way when the word itself is unknown: nynorsk -leg/-ar/-ane/-ande/-heit,
 * bokmål -lig/-ene/-ende/-het/-inger. Longest first; only applied to words of 5+ letters.
 */
export const languageSuffixes: ReadonlyArray<readonly [string, keyof Weights, number]> = [
  ['ingane', 'nn', 1.5],
  ['ingar', 'nn', 1.5],
  ['inger', 'nb', 1],
  ['legt', 'nn', 1],
  ['lege', 'nn', 1],
  ['leg', 'nn', 1],
  ['ligt', 'nb', 1],
  ['lige', 'nb', 1],
  ['lig', 'nb', 1],
  ['heit', 'nn', 1],
  ['het', 'nb', 0.7],
  ['ande', 'nn', 1],
  ['ende', 'nb', 0.7],
  ['ane', 'nn', 0.8],
  ['ene', 'nb', 0.5],
  ['aste', 'nn', 0.6],
  ['este', 'nb', 0.4],
  ['ast', 'nn', 0.4],
  ['ar', 'nn', 0.6],
  ['er', 'nb', 0.15],
  ['tion', 'en', 1],
  ['ness', 'en', 1],
  ['ing', 'en', 0.2],
];

/**
 * The endings grouped by their last two letters (as a number, so no string is made per word):
 * a word needs one map look-up and a couple of endsWith calls.
 */
export const suffixesByLastTwo: ReadonlyMap<
  number,
  ReadonlyArray<readonly [string, keyof Weights, number]>
> = (() => {
  const map = new Map<number, Array<readonly [string, keyof Weights, number]>>();
  for (const entry of languageSuffixes) {
    const key = lastTwoKey(entry[0]);
    const list = map.get(key) ?? [];
    list.push(entry);
    map.set(key, list);
  }
  return map;
})();

/** The last two UTF-16 units of a word as one number. */
export function lastTwoKey(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}
