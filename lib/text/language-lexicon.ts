import { englishOverNorwegian, nynorskLetterGroups, nynorskOverBokmal } from './language-words';

/**
 * Hand-written evidence, merged over the weights learnt in `language-words.ts` (the stronger one
 * wins). Written from the official spelling of each standard (Bokmålsordboka, Nynorskordboka) and
 * common English; no source text is copied.
 */

/**
 * Words bokmål and nynorsk share and English lacks: they say "Norwegian" without saying which
 * (weight: how sure one such word makes us; negative = Norwegian).
 */
const norwegian = `
-3: og er av på til det som med har ikkje ikke jeg eg hva kva hvordan korleis også òg
-3: hadde kan skal vil må blir ble vart etter eller fordi når nå no både mellom mot
-3: denne dette disse desse sin sitt sine seg deg meg oss dere dykk hun ho han dei ein eit
-2.5: en et at om fra frå ut inn opp ned seg sier seier veldig litt mye mykje noe noko
-2.5: bare berre være vere vært vore alle andre ingen mange flere fleire hele heile sammen saman
-2.5: derfor difor altså derimot likevel dessuten samtidig regjeringen regjeringa stortinget
-2.5: sak saker saka kommune kommunen kommunar kommuner fylke fylket landet folk penger pengar
-2: hvorfor kvifor hvis viss dersom slik sånn gjennom uten utan over under igjen aldri alltid
`;

/**
 * Words that are common in both English and Norwegian ("i", "to", "men", "same", "var"): they
 * point nowhere, whatever the training counts say.
 */
const homographs = `i a to for men same so far by under over bare set side hate sang fine glad hit
land hand arm bra kind tall barn fast gift hell lag last lover mens mine rot slag stem tak vis sum
bank plan problem system team film video post test start stop park data web app ok super spam blog
tv pc`;

/** English words people write on X that UI texts rarely hold (positive = English). */
const english = `
3: the and is are was were you your of that this with have has it's i'm don't can't won't
3: didn't doesn't isn't wasn't what how why who we they their there our would could should
2: just about if or an as do does did get got one out up some people good great new know think
2: see thanks thank love really very much today should which when where than then these those its
2: being any every into also only other such even well because after before here she he him his
2: her them us me my make made need want going let's that's you're we're they're gonna lol
2: congrats congratulations awesome amazing agree agreed thread read check please yes week
`;

/**
 * Bokmål (negative) and nynorsk (positive) spellings of the same words, from the two dictionaries:
 * the function words and the commonest verbs and nouns that differ.
 */
const standards = `
3: eg ikkje kva korleis kvifor kven kvar nokon noko nokre mykje ho dykk dykkar vere vore berre meir
3: frå sjølv heim heime utan vart vorte kjem kome gjere hennar ein eit dei desse saman framleis
2: anna annan synest seier veit trur treng gong hugse fekk gjekk mogleg vanleg dårleg fleire sidan
2: eigentleg heilt heile eige eigen tenkjer spørje kvit ønskjer fortelje snakkar jobbar tek teke veke
2: veker månad månader verda pengar kundar tilsette verksemd verksemder skulen skule elevar lærar
2: lærarar framtida tidlegare seinare medan sjølvsagt kjærleik auge regjeringa valet sjuk sjukehus
2: stader teneste tenester meiner meine ete høyrer auke auka åra gjev gjeve naudsynt difor
2: kyrkje dessutan einaste einig tykkjer sjå søkje ifrå kvarandre byrje byrjar same
3: òg
1: no me
-1: nå en et de komme skole skolen ingenting
-2: være vært bare mer fra selv hjem hjemme uten ble blitt kommer gjøre gjør hennes disse sammen
-2: fremdeles fortsatt annet annen synes sier vet tror trenger gang huske fikk gikk mulig vanlig dårlig
-2: flere siden egentlig helt hele eget egen tenker spørre hvit ønsker fortelle snakker jobber tar tatt
-2: uke uker måned måneder verden penger kunder ansatte virksomhet virksomheter elever
-2: lærere fremtiden fremtid tidligere senere mens selvfølgelig selvsagt syv
-2: kjærlighet øyne regjeringen valget syk sykehus mennesker steder tjeneste tjenester mener mene
-2: spise spiser høre hører øke økt årene gir gitt frem dem ham kirke enig
-2: samme
-3: jeg ikke hva hvordan hvorfor hvem hvilken hvilke hvis hvert hverandre noen noe mye hun dere deres
`;

/** Parses lines of "weight: words" into word → weight. */
function parse(block: string, into: Map<string, number>, strongest: boolean): Map<string, number> {
  for (const line of block.trim().split('\n')) {
    const colon = line.indexOf(':');
    const weight = Number(line.slice(0, colon));
    for (const word of line
      .slice(colon + 1)
      .trim()
      .split(/\s+/)) {
      const before = into.get(word);
      if (!strongest || before === undefined || Math.abs(weight) > Math.abs(before)) into.set(word, weight);
    }
  }
  return into;
}

export type LanguageWeights = {
  /** Log-odds of English over Norwegian: positive points to English, negative to Norwegian. */
  en: number;
  /** Log-odds of nynorsk over bokmål: positive points to nynorsk, negative to bokmål. */
  nn: number;
};

/** word → how strongly it points to English or Norwegian, and to bokmål or nynorsk. */
export const languageLexicon: ReadonlyMap<string, Readonly<LanguageWeights>> = (() => {
  const en = parse(englishOverNorwegian, new Map(), false);
  parse(norwegian, en, true);
  parse(english, en, true);
  const nn = parse(nynorskOverBokmal, new Map(), false);
  parse(standards, nn, true);
  // A bokmål or nynorsk spelling is Norwegian too, when nothing says more.
  for (const [word, weight] of nn) if (!en.has(word)) en.set(word, -Math.min(2, Math.abs(weight)));
  for (const word of homographs.split(/\s+/)) en.set(word, 0);
  const map = new Map<string, LanguageWeights>();
  for (const [word, weight] of en) map.set(word, { en: weight, nn: 0 });
  for (const [word, weight] of nn) {
    const entry = map.get(word);
    if (entry) entry.nn = weight;
    else map.set(word, { en: 0, nn: weight });
  }
  return map;
})();

/** Letters of bokmål and nynorsk words, numbered 1–29; 30 marks a word's start or end. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå';
const EDGE = 30;

/** The number of a lower-case letter (1–29), the edge mark (30), or 0 for anything else. */
export function letterCode(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (c === 0xe6) return 27;
  if (c === 0xf8) return 28;
  if (c === 0xe5) return 29;
  return 0;
}

/** Open-addressed table of the letter groups: a word's groups are looked up on every keystroke. */
const GROUP_SLOTS = 1 << 13;
const groupKeys = new Int32Array(GROUP_SLOTS);
const groupWeights = new Float32Array(GROUP_SLOTS);

/** The table slot of a packed letter group (Fibonacci hashing). */
function slotOf(key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) >>> 19;
  while (groupKeys[slot] !== 0 && groupKeys[slot] !== key) slot = (slot + 1) & (GROUP_SLOTS - 1);
  return slot;
}

for (const [group, weight] of parse(nynorskLetterGroups, new Map(), false)) {
  let key = 0;
  for (const ch of group) key = key * 32 + (ch === '^' || ch === '$' ? EDGE : LETTERS.indexOf(ch) + 1);
  const slot = slotOf(key);
  groupKeys[slot] = key;
  groupWeights[slot] = weight;
}

/**
 * How far a four-letter group leans to nynorsk (positive) or bokmål (negative), 0 if unknown.
 * `key` packs its four letter numbers into one integer (5 bits each), so no string is made.
 */
export function letterGroupWeight(key: number): number {
  return groupWeights[slotOf(key)] as number;
}

export { EDGE };
