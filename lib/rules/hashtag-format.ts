import type { DraftContext } from './context';
import { defineRule, MAX_HINTS_PER_RULE, makeHint, NONE, t } from './rule';
import { tagRemovalRange } from './tag-removal';
import type { Hint } from './types';

// A '#' that starts a word, followed by digits only: X does not link "#1" or "#2024".
const DIGITS_ONLY = /(?<![\p{L}\p{N}_&/#＃])[#＃](\p{N}+)(?![\p{L}\p{N}\p{M}_])/gu;

const self = { id: 'hashtag-format', adviceId: 'hashtags-relevant' } as const;

/**
 * Hashtag hygiene (advice `hashtags-relevant`): a duplicate tag, a tag X will not link (digits
 * only) or will link only in part (cut at a hyphen), and a strategy hashtag written in another case.
 */
export const hashtagFormatRule = defineRule({
  ...self,
  name: t('Skrivemåten til emneknagger', 'Skrivemåten til emneknaggar', 'How hashtags are written'),
  check(ctx) {
    const digitsOnly = unlinked(ctx);
    if (ctx.hashtags.length === 0) return digitsOnly;
    return [...duplicates(ctx), ...digitsOnly, ...cutAtHyphen(ctx), ...otherCase(ctx)];
  },
});

function duplicates(ctx: DraftContext): Hint[] {
  const seen = new Set<string>();
  const hints: Hint[] = [];
  for (const { tag, range } of ctx.hashtags) {
    if (hints.length >= MAX_HINTS_PER_RULE) break;
    const key = tag.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    hints.push(
      makeHint(
        self,
        'warning',
        t(
          `#${tag} står der allerede. Én gang er nok.`,
          `#${tag} står der alt. Éin gong er nok.`,
          `#${tag} is already there. Once is enough.`,
        ),
        {
          range,
          fix: {
            label: t(
              'Fjern den doble emneknaggen',
              'Fjern den doble emneknaggen',
              'Remove the duplicate hashtag',
            ),
            range: tagRemovalRange(ctx.text, range),
            text: '',
          },
        },
      ),
    );
  }
  return hints;
}

function unlinked(ctx: DraftContext): readonly Hint[] {
  const { text } = ctx;
  if (text.indexOf('#') < 0 && text.indexOf('＃') < 0) return NONE;
  const hints: Hint[] = [];
  DIGITS_ONLY.lastIndex = 0;
  for (let m = DIGITS_ONLY.exec(text); m !== null; m = DIGITS_ONLY.exec(text)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (ctx.urls.some((u) => u.range.start < range.end && range.start < u.range.end)) continue;
    hints.push(
      makeHint(
        self,
        'warning',
        t(
          `X lenker ikke ${m[0]}: en emneknagg må ha minst én bokstav.`,
          `X lenkjer ikkje ${m[0]}: ein emneknagg må ha minst éin bokstav.`,
          `X won’t link ${m[0]}: a hashtag needs at least one letter.`,
        ),
        { range },
      ),
    );
  }
  return hints;
}

function cutAtHyphen(ctx: DraftContext): Hint[] {
  const hints: Hint[] = [];
  for (const { tag, range } of ctx.hashtags) {
    if (hints.length >= MAX_HINTS_PER_RULE) break;
    const rest = /^-[\p{L}\p{N}][\p{L}\p{N}\p{M}_]*/u.exec(ctx.text.slice(range.end, range.end + 60));
    if (!rest) continue;
    const joined = `#${tag}${rest[0].slice(1)}`;
    const whole = { start: range.start, end: range.end + rest[0].length };
    hints.push(
      makeHint(
        self,
        'warning',
        t(
          `X lenker bare #${tag}: bindestreken avslutter emneknaggen. Skriv ${joined} i ett ord.`,
          `X lenkjer berre #${tag}: bindestreken avsluttar emneknaggen. Skriv ${joined} i eitt ord.`,
          `X links only #${tag}: the hyphen ends the hashtag. Write ${joined} as one word.`,
        ),
        {
          range: whole,
          fix: {
            label: t(`Skriv ${joined}`, `Skriv ${joined}`, `Write ${joined}`),
            range: whole,
            text: joined,
          },
        },
      ),
    );
  }
  return hints;
}

function otherCase(ctx: DraftContext): Hint[] {
  const hints: Hint[] = [];
  const seen = new Set<string>();
  for (const { tag, range } of ctx.hashtags) {
    if (hints.length >= MAX_HINTS_PER_RULE) break;
    // A later duplicate gets the "remove" fix instead; two fixes on one range would clash.
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    const preferred = ctx.compiled.preferredHashtags.get(tag.normalize('NFC').toLowerCase());
    if (!preferred || preferred === tag) continue;
    hints.push(
      makeHint(
        self,
        'suggestion',
        t(
          `Strategien din skriver #${preferred}. Skriv den likt hver gang, så den er lett å kjenne igjen.`,
          `Strategien din skriv #${preferred}. Skriv han likt kvar gong, så han er lett å kjenne att.`,
          `Your strategy writes #${preferred}. Write it the same way every time so it’s easy to recognise.`,
        ),
        {
          range,
          fix: {
            label: t(`Skriv #${preferred}`, `Skriv #${preferred}`, `Write #${preferred}`),
            range,
            text: `#${preferred}`,
          },
        },
      ),
    );
  }
  return hints;
}
