import { anyOf, escapeRegExp, trieSource } from './regexp';
import { stem } from './stem';
import type { Token } from './tokenize';

/**
 * Finds strategy keywords in a draft the way a Norwegian reader would: inflected
 * ("kampanje" ↔ "kampanjen"), as part of a compound ("merkevare" ↔ "merkevarebygging",
 * "kampanje" ↔ "sommerkampanjen") or before a hyphen ("facebook" ↔ "Facebook-gruppa").
 * Keywords are stemmed with both the Norwegian and the English Snowball stemmer, and all
 * forms go into one regular expression, so a draft is scanned once however many keywords
 * the strategy has.
 */
export type KeywordMatcher = {
  /** Groups (e.g. topics) with the draft tokens that matched them; pass the draft lower-cased. */
  matchText(lowerText: string, tokens: readonly Token[]): Map<number, Token[]>;
  /** Groups a single lower-case word (a hashtag without '#') belongs to. */
  matchWord(lowerWord: string): Set<number>;
};

// Forms shorter than this must be the whole word, or the word plus an inflection ending:
// "KI" must not match "kino", "bil" must not match "bilde".
const MIN_PREFIX = 4;
// Forms at least this long also match at the end or middle of a compound.
const MIN_INNER = 5;
const ENDINGS = new Set(['', "'s", ...'s e en a et er ene ar ane ne n ens es'.split(' ')]);

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

// Returned when there is nothing to look for; callers only read them.
const NO_MATCHES: Map<number, Token[]> = new Map();
const NO_GROUPS: readonly number[] = [];

/** Builds a matcher from keyword groups: `groups[i]` are the keywords of group i. */
export function buildKeywordMatcher(groups: readonly (readonly string[])[]): KeywordMatcher {
  // Arrays rather than sets: they are read on every match, and iterate without an iterator object.
  const formGroups = new Map<string, number[]>();
  // `first` is the phrase's first stem: where it does not occur, the expression cannot match.
  const phrases: Array<{ re: RegExp; group: number; first: string }> = [];
  groups.forEach((keywords, group) => {
    for (const keyword of keywords) {
      const words = keyword.normalize('NFC').toLowerCase().replace(/^#/, '').match(WORDS) ?? [];
      if (words.length === 0) continue;
      if (words.length > 1) {
        const stems = words.map((w) => stem(w, 'nb'));
        const pattern = stems.map(escapeRegExp).join('[\\p{L}\\p{M}]*[\\s\\-]+');
        phrases.push({
          re: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'gu'),
          group,
          first: stems[0] as string,
        });
        continue;
      }
      const word = words[0] as string;
      for (const form of new Set([word, stem(word, 'nb'), stem(word, 'en')])) {
        if (form.length < 2 || (form !== word && form.length < 3)) continue;
        const owners = formGroups.get(form);
        if (!owners) formGroups.set(form, [group]);
        else if (!owners.includes(group)) owners.push(group);
      }
    }
  });
  const re = formGroups.size > 0 ? new RegExp(trieSource(formGroups.keys()), 'g') : null;
  // Finds any phrase's first stem: most drafts hold none, and one pass then settles every phrase.
  const anyPhrase = anyOf(phrases.map((p) => p.first));

  /** Whether `form`, found at [start, end) inside the word [wordStart, wordEnd) of `source`, counts. */
  const accept = (
    form: string,
    source: string,
    start: number,
    end: number,
    wordStart: number,
    wordEnd: number,
  ) =>
    start === wordStart
      ? form.length >= MIN_PREFIX || ENDINGS.has(source.slice(end, wordEnd))
      : form.length >= MIN_INNER;

  const matchWord = (lowerWord: string): Set<number> => {
    const groups = new Set<number>();
    if (!re) return groups;
    re.lastIndex = 0;
    for (let m = re.exec(lowerWord); m !== null; m = re.exec(lowerWord)) {
      if (!accept(m[0], lowerWord, m.index, m.index + m[0].length, 0, lowerWord.length)) continue;
      for (const g of formGroups.get(m[0]) ?? NO_GROUPS) groups.add(g);
    }
    return groups;
  };

  return {
    matchText(lower, tokens) {
      if (tokens.length === 0 || (!re && phrases.length === 0)) return NO_MATCHES;
      const last = tokens[tokens.length - 1] as Token;
      if (lower.length < last.end || lower.slice(last.start, last.end) !== last.lower) {
        // Lower-casing changed the length (e.g. "İ"), so offsets no longer line up: go word by word.
        const found = new Map<number, Token[]>();
        for (const token of tokens) for (const g of matchWord(token.lower)) addMatch(found, g, token);
        return found;
      }
      // Made on the first match: most keystrokes match nothing new, or nothing at all.
      let found: Map<number, Token[]> | undefined;
      // exec with lastIndex rather than matchAll, which clones the expression on every call.
      if (re) {
        re.lastIndex = 0;
        for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
          const end = m.index + m[0].length;
          const token = tokenAt(tokens, m.index);
          if (!token || end > token.end || !accept(m[0], lower, m.index, end, token.start, token.end))
            continue;
          const owners = formGroups.get(m[0]) ?? NO_GROUPS;
          found ??= new Map();
          for (let k = 0; k < owners.length; k++) addMatch(found, owners[k] as number, token);
        }
      }
      const phraseCount = anyPhrase?.test(lower) ? phrases.length : 0;
      for (let p = 0; p < phraseCount; p++) {
        const { re: phrase, group, first } = phrases[p] as (typeof phrases)[number];
        // A match starts with the first stem, so none can start before its first occurrence.
        const from = lower.indexOf(first);
        if (from < 0) continue;
        phrase.lastIndex = from;
        for (let m = phrase.exec(lower); m !== null; m = phrase.exec(lower)) {
          const token = tokenAt(tokens, m.index);
          if (!token || token.start !== m.index) continue;
          found ??= new Map();
          addMatch(found, group, token);
        }
      }
      return found ?? NO_MATCHES;
    },
    matchWord,
  };
}

function addMatch(found: Map<number, Token[]>, group: number, token: Token): void {
  const list = found.get(group);
  if (!list) found.set(group, [token]);
  else if (!list.includes(token)) list.push(token);
}

/** The token whose range holds `offset` (tokens are sorted and do not overlap). */
function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}
