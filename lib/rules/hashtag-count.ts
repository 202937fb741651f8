import type { TextRange } from '../core/types';
import type { HashtagEntity } from '../text/entities';
import type { DraftContext } from './context';
import { isRelevantHashtag } from './hashtag-relevance';
import { defineRule, makeHint, NONE, t } from './rule';
import { tagRemovalRange } from './tag-removal';

const self = { id: 'hashtag-count', adviceId: 'hashtags-relevant' } as const;

// A message naming fifty tags helps nobody: name this many and count the rest.
const NAMED = 5;
// What may stand between tags that are marked as one run.
const BETWEEN_TAGS = /^[\s,]*$/;

/**
 * More hashtags than the strategy's maximum (default 2): one hint that names the tags to drop
 * (the least relevant ones), marks them, and offers to remove the least relevant of them; after
 * that click the hint is worked out again, so the user can keep going or stop (advice
 * `hashtags-relevant`, seeds 001 and 000).
 */
export const hashtagCountRule = defineRule({
  ...self,
  name: t('For mange emneknagger', 'For mange emneknaggar', 'Too many hashtags'),
  check(ctx) {
    const { max } = ctx.strategy.hashtags;
    const tags = ctx.hashtags;
    const count = tags.length;
    if (count <= max) return NONE;
    const order = leastRelevantFirst(ctx);
    const first = order[0] as number;
    const drop = order.slice(0, count - max).sort((a, b) => a - b);
    const names = drop.map((i) => `#${(tags[i] as HashtagEntity).tag}`);
    const target = tags[first] as HashtagEntity;
    return [
      makeHint(
        self,
        'warning',
        t(
          `Utkastet har ${count} ${count === 1 ? 'emneknagg' : 'emneknagger'}; strategien din sier høyst ${max}. Fjern ${list(names, 'og', 'til')}: få og treffende virker best.`,
          `Utkastet har ${count} ${count === 1 ? 'emneknagg' : 'emneknaggar'}; strategien din seier høgst ${max}. Fjern ${list(names, 'og', 'til')}: få og treffande verkar best.`,
          `This draft has ${count} ${count === 1 ? 'hashtag' : 'hashtags'}; your strategy says at most ${max}. Drop ${list(names, 'and', 'more')}: a few fitting ones work best.`,
        ),
        {
          range: highlight(ctx, drop, first),
          fix: {
            label: t(`Fjern #${target.tag}`, `Fjern #${target.tag}`, `Remove #${target.tag}`),
            range: tagRemovalRange(ctx.text, target.range),
            text: '',
          },
        },
      ),
    ];
  },
});

/**
 * Indices of the draft's hashtags, the one to drop first first: a repeat of an earlier tag, then
 * a tag outside the strategy, then a relevant one; among equals the later one, since people
 * tend to put their main tag first.
 */
function leastRelevantFirst(ctx: DraftContext): number[] {
  const seen = new Set<string>();
  const worth = ctx.hashtags.map(({ tag }) => {
    const key = tag.normalize('NFC').toLowerCase();
    if (seen.has(key)) return 0;
    seen.add(key);
    return isRelevantHashtag(ctx, tag) ? 2 : 1;
  });
  return worth.map((_, i) => i).sort((a, b) => (worth[a] as number) - (worth[b] as number) || b - a);
}

/**
 * The tags to drop when they stand together (the usual row of tags at the end, maybe with commas); when relevant
 * tags or words sit between them, a range over all would mark those too, so only the tag the
 * fix removes is marked.
 */
function highlight(ctx: DraftContext, drop: readonly number[], first: number): TextRange {
  const tags = ctx.hashtags;
  const start = (tags[drop[0] as number] as HashtagEntity).range.start;
  const end = (tags[drop[drop.length - 1] as number] as HashtagEntity).range.end;
  for (let k = 1; k < drop.length; k++) {
    const gap = ctx.text.slice(
      (tags[drop[k - 1] as number] as HashtagEntity).range.end,
      (tags[drop[k] as number] as HashtagEntity).range.start,
    );
    if (!BETWEEN_TAGS.test(gap)) return (tags[first] as HashtagEntity).range;
  }
  return { start, end };
}

/** "#a, #b og #c"; past NAMED names, "#a, …, #e og 3 til". */
function list(names: readonly string[], and: string, more: string): string {
  if (names.length > NAMED)
    return `${names.slice(0, NAMED).join(', ')} ${and} ${names.length - NAMED} ${more}`;
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
