import { isEmptyCheer, MAX_CHEER_WORDS } from '../text/cheer';
import type { DraftContext } from './context';
import { defineRule, makeHint, NONE, t } from './rule';

/** The draft without URLs, mentions and hashtags: what the user wrote themselves. */
function ownText(ctx: DraftContext): string {
  if (ctx.urls.length === 0 && ctx.mentions.length === 0 && ctx.hashtags.length === 0) return ctx.text;
  const ranges = [...ctx.urls, ...ctx.mentions, ...ctx.hashtags]
    .map((e) => e.range)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out += ctx.text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  return out + ctx.text.slice(at);
}

/** Longer drafts are never only cheering; skip the work on a long paste. */
const MAX_LENGTH = 400;

const self = { id: 'empty-cheer', adviceId: 'no-empty-cheering' } as const;

/**
 * Only cheering, thanks, agreement or emoji ("Gratulerer!!!", "Heilt einig!!", "Great post!",
 * "👏👏"): a warning on replies, a suggestion on posts (advice `no-empty-cheering`, seed 001 step 6).
 */
export const emptyCheerRule = defineRule({
  ...self,
  name: t('Tom jubel', 'Tom jubel', 'Empty cheering'),
  check(ctx) {
    if (ctx.text.length > MAX_LENGTH || ctx.words.length > MAX_CHEER_WORDS || ctx.text.trim() === '')
      return NONE;
    const rest = ownText(ctx);
    if (!isEmptyCheer(ctx.words, rest, ctx.emoji.length)) return NONE;
    const reply = ctx.kind === 'reply';
    const start = ctx.text.length - ctx.text.trimStart().length;
    return [
      makeHint(
        self,
        reply ? 'warning' : 'suggestion',
        reply
          ? t(
              'Bare heiarop? Legg til et spørsmål, et faktum eller din egen erfaring, så svaret gir noe.',
              'Berre heiarop? Legg til eit spørsmål, eit faktum eller di eiga erfaring, så svaret gjev noko.',
              'Only cheering? Add a question, a fact or your own experience so your reply adds something.',
            )
          : t(
              'Bare heiarop? Legg til et spørsmål, et faktum eller din egen erfaring, så innlegget gir noe.',
              'Berre heiarop? Legg til eit spørsmål, eit faktum eller di eiga erfaring, så innlegget gjev noko.',
              'Only cheering? Add a question, a fact or your own experience so your post adds something.',
            ),
        { range: { start, end: ctx.text.trimEnd().length } },
      ),
    ];
  },
});
