import {
  AGE_AT,
  compareIds,
  type Learned,
  type LearnedEntry,
  MAX_FORMS,
  MAX_POSTS,
  MAX_TAGS,
  MAX_WORDS,
} from './state';
import { MIN_INNER, MIN_MODIFIER, type PostTerms, termsOf } from './terms';

/** A post the user wrote: X's status id and its text. */
export type OwnPost = { id: string; text: string };

const POST_ID = /^[1-9][0-9]{0,19}$/;

/** What is left of a list that went past its cap: room for new words to show they recur. */
export const KEEP_SHARE = 0.8;

// key → index into an entry list; lists are never changed once made, so the index stays right.
const indexes = new WeakMap<readonly LearnedEntry[], Map<string, number>>();

function indexOf(entries: readonly LearnedEntry[]): Map<string, number> {
  let index = indexes.get(entries);
  if (!index) {
    index = new Map(entries.map((e, i) => [e.key, i]));
    indexes.set(entries, index);
  }
  return index;
}

/** Where `id` goes in the ascending list, or -1 when it is there already. */
function insertionPoint(seen: readonly string[], id: string): number {
  let lo = 0;
  let hi = seen.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const order = compareIds(seen[mid] as string, id);
    if (order === 0) return -1;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The stems of the state that end a compound of the post: "sommerkampanjen" (stem
 * "sommerkampanj") counts toward "kampanje" once the user has written "kampanje" or an
 * inflection of it by itself. Only the end counts, as the last part of a Norwegian compound says
 * what it is ("kundeservice" is a service, not a customer); the part must be at least
 * {@link MIN_INNER} letters, the length lib/text/compound.ts asks of a keyword inside a word, so
 * whatever is credited here the engine would match too.
 */
function compoundCredits(terms: PostTerms, known: Map<string, number>): Set<string> {
  const credits = new Set<string>();
  for (const stem of terms.compounds) {
    for (let i = MIN_MODIFIER; i + MIN_INNER <= stem.length; i++) {
      const head = stem.slice(i);
      if (known.has(head) && !terms.words.has(head)) credits.add(head);
    }
  }
  return credits;
}

/** The entry with one more post: its forms counted, the newest post id kept. */
function counted(entry: LearnedEntry | undefined, key: string, id: string, forms: Set<string>): LearnedEntry {
  if (!entry) {
    const first = [...forms].slice(0, MAX_FORMS).map((form) => [form, 1] as [string, number]);
    return { key, posts: 1, last: id, forms: first };
  }
  const list = new Map(entry.forms);
  for (const form of forms) list.set(form, (list.get(form) ?? 0) + 1);
  // Most used first; on a tie the form just written stays, so a new spelling can come in.
  const sorted = [...list].sort((a, b) => b[1] - a[1] || Number(forms.has(b[0])) - Number(forms.has(a[0])));
  return {
    key,
    posts: entry.posts + 1,
    last: compareIds(entry.last, id) > 0 ? entry.last : id,
    forms: sorted.slice(0, MAX_FORMS),
  };
}

/**
 * Counts one post into a list of entries. Past `cap`, the rarest (then the oldest) go, down to
 * {@link KEEP_SHARE} of `cap`, so that the sorting is not done again on every post.
 */
function countInto(
  entries: readonly LearnedEntry[],
  found: Map<string, Set<string>>,
  credits: Set<string>,
  id: string,
  cap: number,
): LearnedEntry[] {
  if (found.size === 0 && credits.size === 0) return entries as LearnedEntry[];
  // The index moves on to the new list: states are used one after the other, so the old list
  // rarely needs it again (and rebuilds it if it does).
  const index = indexOf(entries);
  indexes.delete(entries);
  const next = entries.slice();
  const none = new Set<string>();
  const update = (key: string, forms: Set<string>) => {
    const at = index.get(key);
    const entry = counted(at === undefined ? undefined : next[at], key, id, forms);
    if (at === undefined) {
      index.set(key, next.length);
      next.push(entry);
    } else next[at] = entry;
  };
  for (const [key, forms] of found) update(key, forms);
  for (const key of credits) update(key, none);
  if (next.length <= cap) {
    indexes.set(next, index);
    return next;
  }
  const keep = Math.floor(cap * KEEP_SHARE);
  const dropped = new Set(
    next
      .slice()
      .sort((a, b) => a.posts - b.posts || compareIds(a.last, b.last))
      .slice(0, next.length - keep)
      .map((e) => e.key),
  );
  return next.filter((e) => !dropped.has(e.key));
}

/** Halves every count: older posts weigh less, and entries down to 0 go. */
function aged(entries: readonly LearnedEntry[]): LearnedEntry[] {
  return entries.flatMap((entry) => {
    const posts = entry.posts >> 1;
    if (posts === 0) return [];
    const forms = entry.forms
      .map(([form, n], i) => [form, i === 0 ? Math.max(1, n >> 1) : n >> 1] as [string, number])
      .filter(([, n]) => n > 0);
    return [{ ...entry, posts, forms }];
  });
}

/**
 * Counts one of the user's own posts into the state and returns the new state; the old one is
 * left as it was (states are never changed in place, so keep the returned one). Returns `state`
 * itself when the post is not counted: already counted, older than all of the newest
 * {@link MAX_POSTS} posts counted, or with an id that is not a status id.
 */
export function learnFromPost(state: Learned, post: OwnPost): Learned {
  if (typeof post.text !== 'string' || !POST_ID.test(post.id)) return state;
  const at = insertionPoint(state.seen, post.id);
  if (at < 0 || (at === 0 && state.seen.length >= MAX_POSTS)) return state;
  const seen = [...state.seen.slice(0, at), post.id, ...state.seen.slice(at)];
  if (seen.length > MAX_POSTS) seen.shift();

  const terms = termsOf(post.text);
  const credits = compoundCredits(terms, indexOf(state.words));
  let words = countInto(state.words, terms.words, credits, post.id, MAX_WORDS);
  let tags = countInto(state.tags, terms.tags, new Set(), post.id, MAX_TAGS);
  let total = state.counted + 1;
  if (total >= AGE_AT) {
    total >>= 1;
    words = aged(words);
    tags = aged(tags);
  }
  return { version: state.version, counted: total, seen, words, tags };
}
