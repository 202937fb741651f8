/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type TrieNode = Map<string, TrieNode> & { end?: boolean };

/**
 * One expression matching any of `words`, longest first, written as a trie ("kund(?:e(?:servic(?:e)?)?)?"):
 * at each position the engine follows one branch instead of trying every word in turn.
 */
export function trieSource(words: Iterable<string>): string {
  const root: TrieNode = new Map();
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) {
        next = new Map() as TrieNode;
        node.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  const render = (node: TrieNode): string => {
    const branches = [...node.entries()].map(([ch, child]) => escapeRegExp(ch) + render(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return body.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return render(root);
}

/**
 * An expression that finds any of `literals` as a plain substring (no flags: the same test as
 * `includes` on each), or null when there are none. One pass over a text instead of one search
 * per literal, for the common case where none of them occurs.
 */
export function anyOf(literals: Iterable<string>): RegExp | null {
  // An empty literal is found everywhere, as includes('') is; trieSource makes it so.
  const words = new Set(literals);
  return words.size > 0 ? new RegExp(trieSource(words)) : null;
}
