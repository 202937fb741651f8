import type { Strategy } from '../strategy/schema';
import { anyOf, escapeRegExp } from '../text/regexp';
import { defineRule, MAX_HINTS_PER_RULE, makeHint, NONE, t } from './rule';
import type { Hint } from './types';

// `first` is the phrase's first word lower-cased: a cheap test before the expression runs.
type CompiledPhrase = { phrase: string; replacement?: string; re: RegExp; first: string };
/** The phrases, and one expression that finds any of their first words (null when there are none). */
type CompiledList = { phrases: CompiledPhrase[]; anyFirst: RegExp | null };

const cache = new WeakMap<Strategy['avoidPhrases'], CompiledList>();

/** One case-insensitive, whole-word expression per phrase, built once per strategy. */
function compile(list: Strategy['avoidPhrases']): CompiledList {
  let compiled = cache.get(list);
  if (!compiled) {
    const phrases = list.flatMap(({ phrase, replacement }) => {
      const words = phrase.normalize('NFC').trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) return [];
      const body = words.map(escapeRegExp).join('\\s+');
      return [
        {
          phrase,
          first: (words[0] as string).toLowerCase(),
          replacement: replacement || undefined,
          re: new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'giu'),
        },
      ];
    });
    compiled = { phrases, anyFirst: anyOf(phrases.map((p) => p.first)) };
    cache.set(list, compiled);
  }
  return compiled;
}

/** The replacement in the case the user wrote the phrase in: "Billigst" → "Rimelegast". */
function matchCase(found: string, replacement: string): string {
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase())
    return replacement.toUpperCase();
  const first = found.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

const self = { id: 'banned-phrase', adviceId: 'official-voice' } as const;

/**
 * Words and phrases the user has chosen to avoid, with their own replacement as a one-click
 * fix when they gave one (advice `official-voice`, seeds 002 and 003).
 */
export const bannedPhraseRule = defineRule({
  ...self,
  name: t('Ord å unngå', 'Ord å unngå', 'Words to avoid'),
  check(ctx) {
    const { phrases, anyFirst } = compile(ctx.strategy.avoidPhrases);
    // Most drafts hold none of the first words: one pass, and nothing to allocate.
    if (!anyFirst?.test(ctx.lowerText)) return NONE;
    const lower = ctx.lowerText;
    const hints: Hint[] = [];
    for (const { phrase, replacement, re, first } of phrases) {
      if (!lower.includes(first)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
        if (hints.length >= MAX_HINTS_PER_RULE) break;
        const range = { start: m.index, end: m.index + m[0].length };
        const message = replacement
          ? t(
              `Du har satt «${phrase}» på listen over ord du vil unngå. Skriv heller «${replacement}».`,
              `Du har sett «${phrase}» på lista over ord du vil unngå. Skriv heller «${replacement}».`,
              `“${phrase}” is on your list of words to avoid. Write “${replacement}” instead.`,
            )
          : t(
              `Du har satt «${phrase}» på listen over ord du vil unngå.`,
              `Du har sett «${phrase}» på lista over ord du vil unngå.`,
              `“${phrase}” is on your list of words to avoid.`,
            );
        const text = replacement ? matchCase(m[0], replacement) : undefined;
        hints.push(
          makeHint(self, 'warning', message, {
            range,
            ...(text
              ? {
                  fix: {
                    label: t(`Bytt til «${text}»`, `Byt til «${text}»`, `Replace with “${text}”`),
                    range,
                    text,
                  },
                }
              : {}),
          }),
        );
      }
    }
    return hints;
  },
});
