/** True when `text` is already in NFC, the form X counts and compares in. */
export function isNfc(text: string): boolean {
  // Nothing below U+0300 can be decomposed or combine, which covers almost every draft.
  return !/[\u0300-\uffff]/.test(text) || text.normalize('NFC') === text;
}

/** Unicode NFC: "e" + combining acute and "é" become the same string. */
export function nfc(text: string): string {
  return isNfc(text) ? text : text.normalize('NFC');
}

/** Lower-cased NFC form for comparing words and phrases. */
export function foldCase(text: string): string {
  return nfc(text).toLowerCase();
}

/**
 * Maps UTF-16 offsets in `text.normalize('NFC')` back to offsets in `text`. Text is cut before
 * every character that is not a combining mark and each piece normalised on its own; where
 * that does not reproduce the whole (rare: Hangul jamo, some singletons) offsets are scaled.
 */
export function nfcOffsetMapper(text: string): (normalizedOffset: number) => number {
  const normalized = text.normalize('NFC');
  if (normalized === text) return (offset) => offset;
  const pieces = text.match(/[^\p{M}][\p{M}]*|[\p{M}]+/gsu) ?? [];
  const starts: Array<[number, number]> = [];
  let orig = 0;
  let norm = 0;
  let rebuilt = '';
  for (const piece of pieces) {
    starts.push([norm, orig]);
    const n = piece.normalize('NFC');
    rebuilt += n;
    orig += piece.length;
    norm += n.length;
  }
  if (rebuilt !== normalized) {
    const ratio = text.length / Math.max(1, normalized.length);
    return (offset) => Math.min(text.length, Math.round(offset * ratio));
  }
  return (offset) => {
    if (offset >= normalized.length) return text.length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as [number, number])[0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const [n0, o0] = starts[lo] ?? [0, 0];
    return Math.min(text.length, o0 + (offset - n0));
  };
}
