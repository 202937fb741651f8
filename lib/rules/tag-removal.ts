import type { TextRange } from '../core/types';

const SPACE = /[ \t]/;

/**
 * What to delete to remove the hashtag at `range` without leaving a gap: the tag and the space
 * before it; at the start of a line, the space after it; a tag alone on its line takes the line
 * break with it.
 */
export function tagRemovalRange(text: string, range: TextRange): TextRange {
  const before = text[range.start - 1] ?? '';
  const after = text[range.end] ?? '';
  if (SPACE.test(before)) return { start: range.start - 1, end: range.end };
  if (SPACE.test(after)) return { start: range.start, end: range.end + 1 };
  if (before === '\n') return { start: range.start - 1, end: range.end };
  if (after === '\n' && range.start === 0) return { start: 0, end: range.end + 1 };
  return range;
}
