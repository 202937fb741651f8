/**
 * Timing helpers for the rule benchmark: medians, and a side-by-side pass in which every text is
 * handed over once per round, as a fresh string, the way the content script reads a composer.
 */

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Mean µs of `fn(text)` over `reps` calls, after it has run once. */
export function timeRepeated(fn: (text: string) => unknown, text: string, reps: number): number {
  fn(text);
  const start = performance.now();
  for (let i = 0; i < reps; i++) fn(text);
  return ((performance.now() - start) * 1000) / reps;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A copy of `text` that shares nothing with it: a flat string the engine has never hashed or
 * matched, as the content script gets from the editor on each keystroke. A literal (interned)
 * or a slice of one would let V8 reuse work across calls.
 */
export function fresh(text: string): string {
  return decoder.decode(encoder.encode(text));
}

/** Every prefix of a draft in typing order: "a", "ab", "abc", … (by UTF-16 unit, as keystrokes land). */
export function keystrokes(draft: string): string[] {
  const prefixes: string[] = [];
  for (let end = 1; end <= draft.length; end++) {
    // A keystroke never leaves half a surrogate pair in the editor.
    const code = draft.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff && end < draft.length) continue;
    prefixes.push(draft.slice(0, end));
  }
  return prefixes;
}

export type SideBySide = {
  /** Per text, the median over rounds of one call, µs. */
  a: number[];
  b: number[];
};

/**
 * Times `a` and `b` on every text, one call per text per round, in the texts' order (a typing
 * replay stays in typing order). The texts go in groups (a draft's keystrokes, or a few
 * drafts): each group is run through `a`, then through `b`, or the other way round, so both
 * meet the shared machine in the same state. Every call gets a fresh copy of its text; a
 * text's time is the median of its rounds.
 */
export function sideBySide(
  groups: readonly (readonly string[])[],
  a: (text: string) => unknown,
  b: (text: string) => unknown,
  rounds: number,
): SideBySide {
  const texts = groups.flat();
  const timesA: number[][] = texts.map(() => []);
  const timesB: number[][] = texts.map(() => []);
  const run = (
    fn: (text: string) => unknown,
    group: readonly string[],
    offset: number,
    into?: number[][],
  ) => {
    const copies = group.map(fresh);
    for (let i = 0; i < copies.length; i++) {
      const start = performance.now();
      fn(copies[i] as string);
      into?.[offset + i]?.push((performance.now() - start) * 1000);
    }
  };
  // One untimed round so both are compiled before the first timed call.
  for (const group of groups) {
    run(a, group, 0);
    run(b, group, 0);
  }
  for (let round = 0; round < rounds; round++) {
    let offset = 0;
    groups.forEach((group, g) => {
      if ((round + g) % 2) {
        run(a, group, offset, timesA);
        run(b, group, offset, timesB);
      } else {
        run(b, group, offset, timesB);
        run(a, group, offset, timesA);
      }
      offset += group.length;
    });
  }
  return { a: timesA.map(median), b: timesB.map(median) };
}

/** `texts` in groups of `size`, in order. */
export function chunk<T>(texts: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < texts.length; i += size) groups.push(texts.slice(i, i + size));
  return groups;
}
