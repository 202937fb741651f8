import type { DraftContext } from './context';
import { defineRule, makeHint, NONE, t } from './rule';
import type { Hint } from './types';

// What the strategy schema accepts as a preferred hashtag; others cannot be offered for adding.
const STRATEGY_HASHTAG = /^[\p{L}\p{N}_]+$/u;

/** True when the strategy gives nothing to compare hashtags with. */
function nothingToCompare(ctx: DraftContext): boolean {
  return ctx.strategy.topics.length === 0 && ctx.strategy.hashtags.preferred.length === 0;
}

/** Tags remembered per strategy; past this many (a long paste of tags) the memo starts over. */
const MEMO_LIMIT = 500;

/** Whether a hashtag (without '#') matches a preferred hashtag, or a topic's name or keywords. */
export function isRelevantHashtag(ctx: DraftContext, tag: string): boolean {
  const { compiled } = ctx;
  const memo = compiled.hashtagRelevance;
  let relevant = memo.get(tag);
  if (relevant === undefined) {
    const lower = tag.normalize('NFC').toLowerCase();
    relevant = compiled.preferredHashtags.has(lower) || compiled.hashtagMatcher.matchWord(lower).size > 0;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(tag, relevant);
  }
  return relevant;
}

const self = { id: 'hashtag-relevance', adviceId: 'hashtags-relevant' } as const;

/**
 * A hashtag that matches none of the strategy's hashtags or topics: tags are for finding
 * posts again, so they should be the ones the strategy is about (advice `hashtags-relevant`).
 */
export const hashtagRelevanceRule = defineRule({
  ...self,
  name: t('Emneknagg utenfor strategien', 'Emneknagg utanfor strategien', 'Hashtag outside your strategy'),
  check(ctx) {
    if (ctx.hashtags.length === 0 || nothingToCompare(ctx)) return NONE;
    const hints: Hint[] = [];
    const seen = new Set<string>();
    for (const { tag, range } of ctx.hashtags) {
      const key = tag.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (isRelevantHashtag(ctx, tag)) continue;
      hints.push(
        makeHint(
          self,
          'suggestion',
          t(
            `#${tag} passer ikke med emneknaggene eller temaene i strategien din. Bruk en som hører til, eller legg den til i strategien.`,
            `#${tag} passar ikkje med emneknaggane eller temaa i strategien din. Bruk ein som høyrer til, eller legg han til i strategien.`,
            `#${tag} matches none of your strategy’s hashtags or topics. Use one that belongs, or add it to your strategy.`,
          ),
          {
            range,
            ...(STRATEGY_HASHTAG.test(tag)
              ? { addToStrategy: { kind: 'hashtag' as const, value: `#${tag}` } }
              : {}),
          },
        ),
      );
    }
    return hints;
  },
});
