import { defineRule, MAX_HINTS_PER_RULE, makeHint, NONE, t } from './rule';

const self = { id: 'hashtag-count', adviceId: 'hashtags-relevant' } as const;

/**
 * More hashtags than the strategy's maximum (default 2): each one past it is marked, so the
 * user chooses which to drop (advice `hashtags-relevant`, seeds 001 and 000).
 */
export const hashtagCountRule = defineRule({
  ...self,
  name: t('For mange emneknagger', 'For mange emneknaggar', 'Too many hashtags'),
  check(ctx) {
    const { max } = ctx.strategy.hashtags;
    const count = ctx.hashtags.length;
    if (count <= max) return NONE;
    const message = t(
      `Strategien din sier høyst ${max} emneknagger; dette utkastet har ${count}. Få og treffende virker best.`,
      `Strategien din seier høgst ${max} emneknaggar; dette utkastet har ${count}. Få og treffande verkar best.`,
      `Your strategy says at most ${max} hashtags; this draft has ${count}. A few fitting ones work best.`,
    );
    return ctx.hashtags
      .slice(max, max + MAX_HINTS_PER_RULE)
      .map((h) => makeHint(self, 'warning', message, { range: h.range }));
  },
});
