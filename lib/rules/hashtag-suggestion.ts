import type { LocalizedText } from '../core/types';
import type { Strategy } from '../strategy/schema';
import { extractHashtags } from '../text/entities';
import { countWeighted } from '../text/weighted-length';
import type { CompiledStrategy, DraftContext } from './context';
import { OFF_TOPIC_MIN_WORDS } from './off-topic';
import { ownWordCount } from './own-words';
import { defineRule, makeHint, NONE, t } from './rule';

const self = { id: 'hashtag-suggestion', adviceId: 'hashtags-relevant' } as const;

/** One or two tags: more would be the clutter hashtag-count warns about. */
const MAX_SUGGESTIONS = 2;

/** A tag offered for one topic, with what it weighs and what the hint says, made once per strategy. */
type Suggestion = { tag: string; key: string; weight: number; message: LocalizedText; label: LocalizedText };

const perStrategy = new WeakMap<Strategy, Suggestion[][]>();

// A trailing '#' means the user is typing a tag of their own.
const TYPING_TAG = /[#＃]$/;
const ENDS_IN_SPACE = /\s$/u;

/**
 * A post or quote about one of the strategy's topics, with no hashtag yet: offers one or two
 * tags for the topics it touches, each appended with one click (advice `hashtags-relevant`:
 * tags let you and others find the post again). The tags are the strategy's preferred hashtags
 * that belong to the topic, else the topic's name or a keyword X would link as a tag. The topic
 * with the most matched words comes first; with two topics each gets its best tag, with one its
 * two best. Replies and later parts of a thread (replies too, on X) are left alone.
 */
export const hashtagSuggestionRule = defineRule({
  ...self,
  name: t('Forslag til emneknagg', 'Framlegg til emneknagg', 'Hashtag suggestion'),
  check(ctx) {
    const { strategy } = ctx;
    const room = Math.min(MAX_SUGGESTIONS, strategy.hashtags.max);
    if (room === 0 || ctx.kind === 'reply' || ctx.position > 0) return NONE;
    if (ctx.hashtags.length > 0 || strategy.topics.length === 0) return NONE;
    if (ownWordCount(ctx.words, OFF_TOPIC_MIN_WORDS) < OFF_TOPIC_MIN_WORDS) return NONE;
    const { topics, text } = ctx;
    if (topics.length === 0 || TYPING_TAG.test(text)) return NONE;
    const space = ENDS_IN_SPACE.test(text) ? '' : ' ';
    // Every tag here weighs what its characters weigh; the space before it weighs one.
    const left = strategy.length.hardLimit - ctx.count.weightedLength - space.length;
    const offered = suggestionsFor(strategy, ctx.compiled);
    const order = rankTopics(ctx);
    const chosen: Suggestion[] = [];
    for (let round = 0; chosen.length < room; round++) {
      let more = false;
      for (const i of order) {
        const suggestion = offered[i]?.[round];
        if (!suggestion) continue;
        more = true;
        if (suggestion.weight > left || chosen.some((c) => c.key === suggestion.key)) continue;
        chosen.push(suggestion);
        if (chosen.length === room) break;
      }
      if (!more) break;
    }
    const end = text.length;
    return chosen.map((s) =>
      makeHint(
        self,
        'suggestion',
        { ...s.message },
        {
          fix: { label: { ...s.label }, range: { start: end, end }, text: `${space}#${s.tag}` },
        },
      ),
    );
  },
});

/** Indices into the strategy's topics of those the draft touches, most matched words first. */
function rankTopics(ctx: DraftContext): number[] {
  const { topics, topicIndices } = ctx;
  const order = topics.map((_, k) => k);
  if (order.length > 1) {
    // Array.prototype.sort is stable: equal counts keep the strategy's order.
    order.sort((a, b) => (topics[b]?.words.length ?? 0) - (topics[a]?.words.length ?? 0));
  }
  return order.map((k) => topicIndices[k] as number);
}

/** The tags each topic may be given, best first, with their messages: worked out once per strategy. */
function suggestionsFor(strategy: Strategy, compiled: CompiledStrategy): Suggestion[][] {
  let offered = perStrategy.get(strategy);
  if (!offered) {
    const preferred = strategy.hashtags.preferred.map(asTag).filter(linkable);
    offered = strategy.topics.map((topic, i) => {
      // topicMatcher, not hashtagMatcher: the latter holds the preferred tags themselves, and a
      // whole tag found there hides the topic keyword inside it ("kampanje" in "sommerkampanje").
      let tags = preferred.filter((tag) => compiled.topicMatcher.matchWord(tag.toLowerCase()).has(i));
      if (tags.length === 0) {
        const own = [topic.name, ...topic.keywords].map(asTag).find(linkable);
        tags = own ? [own] : [];
      }
      const seen = new Set<string>();
      return tags.flatMap((tag) => {
        const key = tag.toLowerCase();
        if (seen.has(key)) return [];
        seen.add(key);
        return [suggestion(topic.name, tag, key)];
      });
    });
    perStrategy.set(strategy, offered);
  }
  return offered;
}

function suggestion(topic: string, tag: string, key: string): Suggestion {
  return {
    tag,
    key,
    weight: countWeighted(`#${tag}`, [], []).weightedLength,
    message: t(
      `Utkastet handler om ${topic}. Merk det med #${tag}, så finner du og andre det igjen.`,
      `Utkastet handlar om ${topic}. Merk det med #${tag}, så finn du og andre det att.`,
      `This draft is about ${topic}. Tag it #${tag} so you and others can find it again.`,
    ),
    label: t(`Legg til #${tag}`, `Legg til #${tag}`, `Add #${tag}`),
  };
}

const asTag = (word: string) =>
  word
    .trim()
    .replace(/^[#＃]/, '')
    .normalize('NFC');

/** Whether X links `#word` as one whole hashtag: no spaces or hyphens, not digits only. */
function linkable(word: string): boolean {
  if (word.length === 0) return false;
  const found = extractHashtags(`#${word}`, []);
  return found.length === 1 && found[0]?.tag === word;
}
