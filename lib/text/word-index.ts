import { type WordInfo, wordInfo } from './lexicon';

// The lexicon (`wordInfo`) again, as an open-addressed table keyed by a hash of each word's
// UTF-16 units, so a token is looked up where it stands in the lower-cased draft: no string has
// to be cut and hashed first, and a word the lexicon lacks (about half of them) usually costs one
// probe of a small typed array. Built once from `wordInfo`, which never changes after it loads.

/** FNV-1a over the UTF-16 units of `text` from `start` to `end`. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const keys: string[] = [];
const infos: WordInfo[] = [];
let size = 16;
while (size < wordInfo.size * 4) size <<= 1;
const mask = size - 1;
/** Slot → index + 1 into keys/infos; 0 is empty. */
const slots = new Int32Array(size);
/** The hash of each key, so most mismatches are found without reading the key. */
const hashes = new Int32Array(wordInfo.size);

for (const [word, info] of wordInfo) {
  const h = hashOf(word, 0, word.length);
  hashes[keys.length] = h;
  keys.push(word);
  infos.push(info);
  let slot = h & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = keys.length;
}

/** `wordInfo.get(text.slice(start, end))`, without the slice. */
export function lookupWord(text: string, start: number, end: number): WordInfo | undefined {
  const h = hashOf(text, start, end);
  const length = end - start;
  for (let slot = h & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    const index = (slots[slot] as number) - 1;
    if (hashes[index] !== h) continue;
    const key = keys[index] as string;
    if (key.length !== length) continue;
    let same = true;
    for (let j = 0; j < length; j++) {
      if (key.charCodeAt(j) !== text.charCodeAt(start + j)) {
        same = false;
        break;
      }
    }
    if (same) return infos[index];
  }
  return undefined;
}
