import { emptyLearned, type Learned, learnFromPost } from '../../lib/learn/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';
import { idsFor } from './profiles';

/** Counts posts into a state in the order given, the first post the oldest. */
export function learnAll(texts: readonly string[], from: Learned = emptyLearned(), first?: bigint): Learned {
  const ids = idsFor(texts.length, first);
  return texts.reduce((state, text, i) => learnFromPost(state, { id: ids[i] as string, text }), from);
}

/** The default strategy with the given topics, hashtags and brand names. */
export function strategyWith(
  parts: Partial<Pick<Strategy, 'topics' | 'brandNames'>> & { hashtags?: string[] },
) {
  return {
    ...defaultStrategy,
    topics: parts.topics ?? [],
    brandNames: parts.brandNames ?? [],
    hashtags: { ...defaultStrategy.hashtags, preferred: parts.hashtags ?? [] },
  } satisfies Strategy;
}

/** Lower-case names of the proposed topics, best first. */
export const names = (topics: readonly { name: string }[]) => topics.map((t) => t.name.toLowerCase());
