/**
 * How parts of a thread are numbered. The mark goes at the end of a part, after one space: that
 * is where thread writers on X usually put "1/3", and the opening words (the ones a timeline
 * shows first) stay the writer's own. The thread emoji likewise closes the first part.
 */
export type ThreadNumbering = 'none' | 'fraction' | 'emoji';

/** The text appended to part `index` (1-based) of `count`: " 2/5", " 🧵" on the first part, or nothing. */
export function numberingSuffix(index: number, count: number, numbering: ThreadNumbering): string {
  if (numbering === 'fraction') return ` ${index}/${count}`;
  if (numbering === 'emoji') return index === 1 ? ' 🧵' : '';
  return '';
}

/**
 * The suffix's weight as X counts it: ASCII counts one a character, an emoji two. From the second
 * part on, an earlier part's suffix never weighs more than a later one's (the planner relies on it).
 */
export function numberingWeight(index: number, count: number, numbering: ThreadNumbering): number {
  if (numbering === 'fraction') return 2 + digits(index) + digits(count);
  if (numbering === 'emoji') return index === 1 ? 3 : 0;
  return 0;
}

/** The heaviest suffix any part of a thread of at most `maxCount` parts can carry. */
export function maxNumberingWeight(maxCount: number, numbering: ThreadNumbering): number {
  return numbering === 'emoji'
    ? numberingWeight(1, maxCount, numbering)
    : numberingWeight(maxCount, maxCount, numbering);
}

const digits = (n: number) => String(n).length;
