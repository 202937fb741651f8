import { ownWordCount } from './own-words';
import { makeHint, type Rule, t } from './rule';

/** A draft needs this many words of its own before "off topic" means anything. */
export const OFF_TOPIC_MIN_WORDS = 5;

/**
 * The draft touches none of the strategy's topics (inflections and compounds count). Posts and
 * quotes only: replies follow the conversation. Never blocks (advice `relevant-content`).
 */
export const offTopicRule: Rule = {
  id: 'off-topic',
  adviceId: 'relevant-content',
  check(ctx) {
    const { topics } = ctx.strategy;
    if (topics.length === 0 || ctx.kind === 'reply') return [];
    if (ownWordCount(ctx.words, OFF_TOPIC_MIN_WORDS) < OFF_TOPIC_MIN_WORDS || ctx.topics.length > 0)
      return [];
    const names = topics.map((topic) => topic.name).join(', ');
    return [
      makeHint(
        offTopicRule,
        'suggestion',
        t(
          `Utkastet treffer ingen av temaene dine: ${names}. Er det relevant for dem du vil nå?`,
          `Utkastet treffer ingen av temaa dine: ${names}. Er det relevant for dei du vil nå?`,
          `This draft touches none of your topics: ${names}. Is it relevant to the people you want to reach?`,
        ),
      ),
    ];
  },
};
