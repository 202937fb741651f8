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
 * Maps a UTF-16 offset in `text.normalize('NFC')` back to `text`: the longest prefix of `text`
 * whose NFC form fits in `offset`. A binary search over prefixes, so only call it for the rare
 * draft that is not NFC (and only when a hint needs the offset).
 */
export function fromNfcOffset(text: string, offset: number): number {
  if (offset <= 0) return 0;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.slice(0, mid).normalize('NFC').length <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
