import { defineRule, makeHint, NONE, t } from './rule';
import type { Hint } from './types';

const INVALID_CHAR = /[\uFFFE\uFEFF\uFFFF]/;

const self = { id: 'length', adviceId: 'brevity' } as const;

/**
 * X's weighted count (twitter-text config v3): an error past the hard limit with the
 * overflowing text highlighted, a suggestion past the strategy's own soft target (advice
 * `brevity`, seeds 002 and 003).
 */
export const lengthRule = defineRule({
  ...self,
  name: t('Lengde', 'Lengd', 'Length'),
  check(ctx) {
    const { count, text } = ctx;
    const { hardLimit, softTarget } = ctx.strategy.length;
    const n = count.weightedLength;
    // parseTweet's "valid" is false within the limit only because of a character X refuses.
    const invalid = !count.valid && n > 0 && n <= hardLimit ? INVALID_CHAR.exec(text) : null;
    // Most drafts are short and valid: nothing to allocate.
    if (!invalid && n <= softTarget && n <= hardLimit) return NONE;
    const hints: Hint[] = [];
    if (invalid) {
      hints.push(
        makeHint(
          self,
          'error',
          t(
            'Utkastet har et usynlig tegn X ikke godtar (ofte fra innliming). Slett det markerte tegnet.',
            'Utkastet har eit usynleg teikn X ikkje godtek (ofte frå innliming). Slett det markerte teiknet.',
            'The draft holds an invisible character X does not accept (often from pasting). Delete the marked character.',
          ),
          { range: { start: invalid.index, end: invalid.index + 1 } },
        ),
      );
    }
    if (n > hardLimit && count.overflowStart >= 0) {
      const over = n - hardLimit;
      hints.push(
        makeHint(
          self,
          'error',
          t(
            `For langt: ${n} av ${hardLimit} tegn. X lar deg ikke publisere før du har kortet ned ${over} tegn.`,
            `For langt: ${n} av ${hardLimit} teikn. X lèt deg ikkje publisere før du har korta ned ${over} teikn.`,
            `Too long: ${n} of ${hardLimit} characters. X won’t let you post until you cut ${over}.`,
          ),
          { range: { start: ctx.fromCounted(count.overflowStart), end: text.length } },
        ),
      );
    } else if (n > softTarget && count.softOverflowStart >= 0) {
      hints.push(
        makeHint(
          self,
          'suggestion',
          t(
            `${n} tegn er over målet ditt på ${softTarget}. Korte innlegg blir lest: kan du si det enklere?`,
            `${n} teikn er over målet ditt på ${softTarget}. Korte innlegg blir lesne: kan du seie det enklare?`,
            `${n} characters is over your target of ${softTarget}. Short posts get read: can you say it more simply?`,
          ),
          { range: { start: ctx.fromCounted(count.softOverflowStart), end: text.length } },
        ),
      );
    }
    return hints;
  },
});
