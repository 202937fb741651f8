import type { LocalizedText } from '../core/types';
import type { Topic } from '../strategy/schema';
import { ownWordCount } from './own-words';
import { defineRule, makeHint, NONE, t } from './rule';

/** A draft needs this many words of its own before "off topic" means anything. */
export const OFF_TOPIC_MIN_WORDS = 5;

function messageFor(topics: readonly Topic[]): LocalizedText {
  const names = topics.map((topic) => topic.name).join(', ');
  return t(
    `Utkastet treffer ingen av temaene dine: ${names}. Er det relevant for dem du vil nå?`,
    `Utkastet treffer ingen av temaa dine: ${names}. Er det relevant for dei du vil nå?`,
    `This draft touches none of your topics: ${names}. Is it relevant to the people you want to reach?`,
  );
}

const self = { id: 'off-topic', adviceId: 'relevant-content' } as const;

/**
 * The draft touches none of the strategy's topics (inflections and compounds count). Posts and
 * quotes only: replies follow the conversation. Never blocks (advice `relevant-content`).
 */
export const offTopicRule = defineRule({
  ...self,
  name: t('Utenfor emnene dine', 'Utanfor emna dine', 'Outside your topics'),
  check(ctx) {
    const { topics } = ctx.strategy;
    if (topics.length === 0 || ctx.kind === 'reply') return NONE;
    if (ownWordCount(ctx.words, OFF_TOPIC_MIN_WORDS) < OFF_TOPIC_MIN_WORDS || ctx.topics.length > 0)
      return NONE;
    return [makeHint(self, 'suggestion', messageFor(topics))];
  },
});
