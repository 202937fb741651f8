import type { Strategy } from '../strategy/schema';
import { buildKeywordMatcher, type KeywordMatcher } from '../text/compound';
import { foldCase } from '../text/normalize';
import { stem } from '../text/stem';
import { compareIds, type Learned, type LearnedEntry } from './state';

/** A subject the user writes about that the strategy has no topic for. */
export type TopicProposal = {
  /** The form the user writes most often: the name for a new topic. */
  name: string;
  /** The forms seen for it, most used first (inflections, and spellings from posts in another language). */
  forms: string[];
  /** Posts that use it, compounds holding it included. */
  posts: number;
};

/** A hashtag the user uses that the strategy does not prefer yet. */
export type HashtagProposal = {
  /** With '#', in the casing the user writes most often. */
  tag: string;
  posts: number;
};

export type Proposals = { topics: TopicProposal[]; hashtags: HashtagProposal[] };

export type ProposeOptions = {
  /** What the user said no to: topic names as proposed, and hashtags with their '#'. */
  dismissed?: readonly string[];
  maxTopics?: number;
  maxHashtags?: number;
};

/** A word or tag used in one post only is no habit yet. */
export const MIN_POSTS = 2;
/** A word in more than this share of the user's posts is their everyday language, not a subject… */
export const COMMON_SHARE = 0.5;
/** …once there are this many posts to tell. */
export const COMMON_FROM = 10;
export const MAX_TOPIC_PROPOSALS = 8;
export const MAX_HASHTAG_PROPOSALS = 5;

type Group = { keys: string[]; posts: number; last: string; forms: Map<string, number> };

/**
 * Entries that share a form are one subject: the same word in a Norwegian and an English post
 * is stemmed by different stemmers ("data" → "dat" and "data"), and must not be proposed twice.
 */
function groupsOf(entries: readonly LearnedEntry[], counted: number): Group[] {
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const byForm = new Map<string, number>();
  entries.forEach((entry, i) => {
    for (const [form] of entry.forms) {
      const lower = form.toLowerCase();
      const other = byForm.get(lower);
      if (other === undefined) byForm.set(lower, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, Group>();
  entries.forEach((entry, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (!group) {
      groups.set(r, { keys: [entry.key], posts: entry.posts, last: entry.last, forms: new Map(entry.forms) });
      return;
    }
    group.keys.push(entry.key);
    // A post rarely has the same word stemmed both ways, so the sum is near the union; it is capped.
    group.posts = Math.min(counted, group.posts + entry.posts);
    if (compareIds(entry.last, group.last) > 0) group.last = entry.last;
    for (const [form, n] of entry.forms) group.forms.set(form, (group.forms.get(form) ?? 0) + n);
  });
  return [...groups.values()];
}

/** Most used first; then the shorter form (the base form before its inflections); then A–Z. */
function byUse(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0], 'nb');
}

const matchers = new WeakMap<Strategy, KeywordMatcher>();

/** What the engine already counts as on-topic: the topics' names and keywords, and brand names. */
function strategyMatcher(strategy: Strategy): KeywordMatcher {
  let matcher = matchers.get(strategy);
  if (!matcher) {
    matcher = buildKeywordMatcher([
      ...strategy.topics.map((t) => [t.name, ...t.keywords]),
      // "Kvitter AS" is about Kvitter: words of one or two letters would only match noise.
      strategy.brandNames.flatMap((b) => b.split(/[\s-]+/).filter((w) => w.length > 2)),
    ]);
    matchers.set(strategy, matcher);
  }
  return matcher;
}

/** Dismissed topic names with their stems, so "kampanjer" stays dismissed after "kampanje" was. */
function dismissedWords(dismissed: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const item of dismissed) {
    if (item.startsWith('#')) continue;
    const lower = foldCase(item.trim());
    words.add(lower).add(stem(lower, 'nb')).add(stem(lower, 'en'));
  }
  return words;
}

function topicProposals(learned: Learned, strategy: Strategy, dismissed: readonly string[]): TopicProposal[] {
  const matcher = strategyMatcher(strategy);
  const no = dismissedWords(dismissed);
  const common = learned.counted >= COMMON_FROM ? learned.counted * COMMON_SHARE : Number.POSITIVE_INFINITY;
  const kept: Array<TopicProposal & { last: string }> = [];
  for (const group of groupsOf(learned.words, learned.counted)) {
    if (group.posts < MIN_POSTS || group.posts > common) continue;
    if (group.keys.some((k) => no.has(k))) continue;
    const forms = [...group.forms].sort(byUse).map(([form]) => form);
    const lowers = forms.map((f) => f.toLowerCase());
    if (lowers.some((f) => no.has(f) || matcher.matchWord(f).size > 0)) continue;
    kept.push({ name: forms[0] as string, forms, posts: group.posts, last: group.last });
  }
  return kept
    .sort((a, b) => b.posts - a.posts || compareIds(b.last, a.last) || a.name.localeCompare(b.name, 'nb'))
    .map(({ name, forms, posts }) => ({ name, forms, posts }));
}

function hashtagProposals(
  learned: Learned,
  strategy: Strategy,
  dismissed: readonly string[],
): HashtagProposal[] {
  const taken = new Set(strategy.hashtags.preferred.map((h) => foldCase(h.replace(/^#/, ''))));
  for (const item of dismissed) if (item.startsWith('#')) taken.add(foldCase(item.slice(1).trim()));
  return learned.tags
    .filter((entry) => entry.posts >= MIN_POSTS && !taken.has(entry.key))
    .sort((a, b) => b.posts - a.posts || compareIds(b.last, a.last) || a.key.localeCompare(b.key, 'nb'))
    .map((entry) => ({ tag: `#${[...entry.forms].sort(byUse)[0]?.[0] ?? entry.key}`, posts: entry.posts }));
}

/**
 * Topics and hashtags to propose from what the user's own posts show: words and compounds in at
 * least {@link MIN_POSTS} posts but not in most of them, and the hashtags in at least
 * {@link MIN_POSTS} posts (a tag on most posts is the habit the strategy should know, so it is
 * kept); never what the strategy already has, nor what the user dismissed. Ranked by posts using
 * them, then by how recently. Pure, and cheap enough to run whenever a page shows the proposals.
 */
export function proposeFromLearned(
  learned: Learned,
  strategy: Strategy,
  options: ProposeOptions = {},
): Proposals {
  const dismissed = options.dismissed ?? [];
  return {
    topics: topicProposals(learned, strategy, dismissed).slice(0, options.maxTopics ?? MAX_TOPIC_PROPOSALS),
    hashtags: hashtagProposals(learned, strategy, dismissed).slice(
      0,
      options.maxHashtags ?? MAX_HASHTAG_PROPOSALS,
    ),
  };
}
