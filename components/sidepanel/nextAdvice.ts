import type { Stats } from '../../lib/postlog/stats';
import type { Strategy } from '../../lib/strategy/schema';

export type NextAdvice =
  | { key: 'nextStrategy'; adviceId: 'have-strategy'; params: Record<string, never> }
  | { key: 'nextListen'; adviceId: 'listen-not-only-talk'; params: Record<string, never> }
  | { key: 'nextNynorsk'; adviceId: 'channel-fit'; params: { share: number; target: number } }
  | { key: 'nextPostMore'; adviceId: 'relevant-content'; params: { n: number; target: number } }
  | { key: 'nextRelevant'; adviceId: 'relevant-content'; params: Record<string, never> };

/**
 * The one piece of advice most worth acting on now, in this order: without a strategy the rest
 * is guesswork; then talking without listening (the seed's "Twittokratiet"), the nynorsk target,
 * and posting as often as planned. Stats may be missing (not loaded or unavailable).
 */
export function chooseNextAdvice(strategy: Strategy, stats: Stats | undefined): NextAdvice {
  const hasStrategy =
    strategy.audience.trim() !== '' && strategy.topics.length > 0 && strategy.postsPerWeek > 0;
  if (!hasStrategy) return { key: 'nextStrategy', adviceId: 'have-strategy', params: {} };
  if (!stats) return { key: 'nextRelevant', adviceId: 'relevant-content', params: {} };
  if (stats.originals30d >= 3 && stats.repliesAndQuotes30d < stats.originals30d / 2)
    return { key: 'nextListen', adviceId: 'listen-not-only-talk', params: {} };
  if (
    stats.nynorskTarget !== null &&
    stats.nynorskShare30d !== null &&
    stats.nynorskShare30d < stats.nynorskTarget
  )
    return {
      key: 'nextNynorsk',
      adviceId: 'channel-fit',
      params: { share: Math.round(stats.nynorskShare30d), target: stats.nynorskTarget },
    };
  if (stats.postsThisWeek < stats.postsPerWeekTarget)
    return {
      key: 'nextPostMore',
      adviceId: 'relevant-content',
      params: { n: stats.postsThisWeek, target: stats.postsPerWeekTarget },
    };
  return { key: 'nextRelevant', adviceId: 'relevant-content', params: {} };
}
