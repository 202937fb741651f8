import type { Token } from '../text/tokenize';

/** True for a word that says something: not a number, not a function word, two letters or more. */
function isContentWord(token: Token): boolean {
  return !token.numeric && token.lower.length >= 2 && !token.info?.stop;
}

/** How many content words the user wrote, counting up to `stopAt` (enough to decide). */
export function ownWordCount(words: readonly Token[], stopAt = 50): number {
  let count = 0;
  for (const word of words) {
    if (isContentWord(word) && ++count >= stopAt) break;
  }
  return count;
}
