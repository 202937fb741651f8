import { ownWordCount } from './own-words';
import { defineRule, makeHint, NONE, t } from './rule';

/** Fewer own words than this next to a link, and the link stands alone. */
const MIN_OWN_WORDS = 2;

const self = { id: 'link-without-comment', adviceId: 'links-shortened' } as const;

/**
 * A post that is only a link (plus hashtags or mentions): say why it matters. Links cost 23
 * characters whatever their length, so there is room (advice `links-shortened`, seeds 003, 000, 004).
 */
export const linkWithoutCommentRule = defineRule({
  ...self,
  name: t('Lenke uten egne ord', 'Lenkje utan eigne ord', 'Link without your own words'),
  check(ctx) {
    const link = ctx.urls[0];
    if (!link || ownWordCount(ctx.words) >= MIN_OWN_WORDS) return NONE;
    return [
      makeHint(
        self,
        ctx.kind === 'reply' ? 'suggestion' : 'warning',
        t(
          'Bare en lenke? Skriv med egne ord hvorfor den er verdt å lese. Lenken teller uansett bare 23 tegn.',
          'Berre ei lenkje? Skriv med eigne ord kvifor ho er verd å lese. Lenkja tel uansett berre 23 teikn.',
          'Just a link? Say in your own words why it’s worth reading. The link only counts as 23 characters anyway.',
        ),
        { range: link.range },
      ),
    ];
  },
});
