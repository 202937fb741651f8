import { cheerWords } from './cheer-words';
import type { Token } from './tokenize';

/** Whole drafts that are a cheer in themselves: "+1", "100 %", "This.", "Dette!". */
const CHEER_ALONE = /^(?:\+1|100 ?%|this|dette|same|samme|ditto|x2|ja|yes|jepp|yep)[\s.!]*$/iu;

const collapseRepeats = (word: string) => word.replace(/(\p{L})\1{2,}/gu, '$1');

/** True when some letter repeats three times in a row: only then is a word worth collapsing. */
function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** True for a cheering word, also when stretched ("heiaaa", "yesss"). */
export function isCheerWord(lowerWord: string): boolean {
  if (cheerWords.has(lowerWord)) return true;
  if (!hasTripleLetter(lowerWord)) return false;
  const collapsed = collapseRepeats(lowerWord);
  return (
    collapsed !== lowerWord &&
    (cheerWords.has(collapsed) || cheerWords.has(collapsed.replace(/(\p{L})\1/gu, '$1')))
  );
}

/** At most this many words that are neither cheering nor function words ("Heia Norge", "med dagen, Kari"). */
const MAX_OTHER_WORDS = 2;
/** Longer than this and it is more than a cheer, whatever the words. */
export const MAX_CHEER_WORDS = 6;

/**
 * Whether a draft is only cheering: either emoji and punctuation alone, or a few words that are
 * cheering, function words and at most two others, or only a greeting to the timeline ("God
 * morgen alle sammen!", "happy friday everyone"), with no question and no figures. Thanks
 * addressed only to mentions ("@kari takk!") are cheering, as the mentions are not the user's words.
 * `words` are the user's own words (no URLs, mentions or hashtags); `rest` is the draft with
 * those entities removed, `emojiCount` how many emoji it holds.
 */
export function isEmptyCheer(words: readonly Token[], rest: string, emojiCount: number): boolean {
  if (words.length === 0) return emojiCount > 0;
  if (words.length > MAX_CHEER_WORDS || rest.includes('?')) return false;
  let cheer = 0;
  let greet = 0;
  let other = 0;
  let figures = false;
  for (const word of words) {
    if (word.numeric) figures = true;
    else if (word.info?.cheer || isCheerWord(word.lower)) cheer++;
    else if (word.info?.greet) greet++;
    else if (!word.info?.stop) other++;
  }
  if (!figures && cheer > 0 && other <= MAX_OTHER_WORDS && cheer >= other) return true;
  // A greeting leaves no room for other words: "God morgen fra styret i Bergen" tells something.
  if (!figures && greet > 0 && other === 0) return true;
  // "+1", "100 %", "This.": a cheer only when it is the whole draft.
  return words.length <= 2 && CHEER_ALONE.test(rest.trim());
}
