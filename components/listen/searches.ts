import type { Strategy } from '../../lib/strategy/schema';

/** One search Listen offers: what it is about, the query, and X's URL for it. */
export type ListenSearch = {
  group: 'names' | 'account' | 'topics';
  /** What the link says: a brand name, the handle, a topic's name. */
  label: string;
  query: string;
  url: string;
};

/** Terms of one topic's search: its name and keywords, at most this many. */
const MAX_TOPIC_TERMS = 5;

/** X's own search page for `query`, latest posts first (`f=live`), as if typed into its search box. */
export function xSearchUrl(query: string): string {
  return `https://x.com/search?q=${encodeURIComponent(query)}&src=typed_query&f=live`;
}

/** A term as X's search reads it: a phrase of several words in quotes (quotes inside would end it). */
function term(words: string): string {
  const clean = words.replace(/"/g, '').trim();
  return /\s/.test(clean) ? `"${clean}"` : clean;
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The searches for listening (seed 002's incoming signals, seed 003's listening): each brand name,
 * what others say to or about the account (mentions, not its own posts), and each topic with its
 * keywords. Pure; nothing is fetched: the user opens them on X.
 */
export function listenSearches(strategy: Strategy, handle: string | null): ListenSearch[] {
  const searches: ListenSearch[] = [];
  for (const name of distinct(strategy.brandNames)) {
    const query = term(name);
    searches.push({ group: 'names', label: name.trim(), query, url: xSearchUrl(query) });
  }
  if (handle) {
    const query = `@${handle} -from:${handle}`;
    searches.push({ group: 'account', label: `@${handle}`, query, url: xSearchUrl(query) });
  }
  for (const topic of strategy.topics) {
    const query = distinct([topic.name, ...topic.keywords])
      .slice(0, MAX_TOPIC_TERMS)
      .map(term)
      .join(' OR ');
    searches.push({ group: 'topics', label: topic.name, query, url: xSearchUrl(query) });
  }
  return searches;
}
