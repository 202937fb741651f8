import { isStopword } from './stopwords';
import type { Token } from './tokenize';

/**
 * Words of cheering, thanks, agreement and praise in bokmål, nynorsk and English. A draft made
 * of these (plus function words and at most a name or two) says nothing of its own.
 */
const CHEER_WORDS = new Set(
  `gratulerer gratulera gratulere gratulasjon gratulasjoner gratulasjonar grattis lykke heia heie heiar
  hurra jippi jess takk takker takkar tusen hjertelig hjarteleg enig einig enige einige helt heilt
  absolutt sant bra flott flotte fint fine supert super kjempebra kjempeflott knallbra strålende
  strålande herlig herleg nydelig nydeleg fantastisk fantastiske rått sykt konge wow vakkert bravo
  jobba jobbet sagt skrevet skrive levert fortjent velfortjent velfortent imponerende imponerande
  gøy kult digg deilig deileg nettopp akkurat stemmer riktig korrekt presist godt haha hehe hihi lol
  jaja elsker elskar liker likar likte innlegg tråd poeng dagen
  congrats congratulations thanks thank thx ty well done said great awesome amazing love loved agree
  agreed exactly absolutely true nice cool yay hooray brilliant excellent fantastic perfect beautiful
  lovely post thread job work omg totally indeed spot legend wonderful superb incredible best happy
  birthday`.split(/\s+/),
);

/** Whole drafts that are a cheer in themselves: "+1", "100 %", "This.", "Dette!". */
const CHEER_ALONE = /^(?:\+1|100 ?%|this|dette|same|samme|ditto|x2|ja|yes|jepp|yep)[\s.!]*$/iu;

const collapseRepeats = (word: string) => word.replace(/(\p{L})\1{2,}/gu, '$1');

/** True for a cheering word, also when stretched ("heiaaa", "yesss"). */
export function isCheerWord(lowerWord: string): boolean {
  if (CHEER_WORDS.has(lowerWord)) return true;
  const collapsed = collapseRepeats(lowerWord);
  return (
    collapsed !== lowerWord &&
    (CHEER_WORDS.has(collapsed) || CHEER_WORDS.has(collapsed.replace(/(\p{L})\1/gu, '$1')))
  );
}

/** At most this many words that are neither cheering nor function words ("Heia Norge", "med dagen, Kari"). */
const MAX_OTHER_WORDS = 2;
/** Longer than this and it is more than a cheer, whatever the words. */
const MAX_WORDS = 6;

/**
 * Whether a draft is only cheering: either emoji and punctuation alone, or a few words that are
 * cheering, function words and at most two others, with no question and no figures.
 * `words` are the user's own words (no URLs, mentions or hashtags); `rest` is the draft with
 * those entities removed, `emojiCount` how many emoji it holds.
 */
export function isEmptyCheer(words: readonly Token[], rest: string, emojiCount: number): boolean {
  if (words.length === 0) return emojiCount > 0;
  if (rest.includes('?') || words.length > MAX_WORDS) return false;
  if (CHEER_ALONE.test(rest.trim())) return true;
  let cheer = 0;
  let other = 0;
  for (const word of words) {
    if (word.numeric) return false;
    if (isCheerWord(word.lower)) cheer++;
    else if (!isStopword(word.lower)) other++;
  }
  return cheer > 0 && other <= MAX_OTHER_WORDS && cheer >= other;
}
