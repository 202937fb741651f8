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

/** Every prefix of each draft in typing order: "a", "ab", "abc", … (by UTF-16 unit, as keystrokes land). */
export function typingReplay(drafts: readonly string[]): string[] {
  const prefixes: string[] = [];
  for (const draft of drafts) {
    for (let end = 1; end <= draft.length; end++) {
      // A keystroke never leaves half a surrogate pair in the editor.
      const code = draft.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff && end < draft.length) continue;
      prefixes.push(draft.slice(0, end));
    }
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
 * replay stays in typing order). Each round makes fresh copies of the texts for each function
 * and alternates which goes first; a text's time is the median of its rounds.
 */
export function sideBySide(
  texts: readonly string[],
  a: (text: string) => unknown,
  b: (text: string) => unknown,
  rounds: number,
): SideBySide {
  const timesA: number[][] = texts.map(() => []);
  const timesB: number[][] = texts.map(() => []);
  const pass = (fn: (text: string) => unknown, into: number[][]) => {
    const copies = texts.map(fresh);
    for (let i = 0; i < copies.length; i++) {
      const start = performance.now();
      fn(copies[i] as string);
      (into[i] as number[]).push((performance.now() - start) * 1000);
    }
  };
  // One untimed round so both are compiled before the first timed call.
  pass(a, texts.map(() => []));
  pass(b, texts.map(() => []));
  for (let round = 0; round < rounds; round++) {
    if (round % 2) {
      pass(a, timesA);
      pass(b, timesB);
    } else {
      pass(b, timesB);
      pass(a, timesA);
    }
  }
  return { a: timesA.map(median), b: timesB.map(median) };
}
