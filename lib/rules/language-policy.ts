import type { WrittenStandard } from '../core/languages';
import type { LocalizedText } from '../core/types';
import { defineRule, makeHint, NONE, t } from './rule';

/** Below this the detector is not sure enough to tell the user they wrote the wrong standard. */
const MIN_CONFIDENCE = 0.25;
const MIN_WORDS = 3;

const names: Record<Exclude<WrittenStandard, 'und'>, LocalizedText> = {
  nb: { nb: 'bokmål', nn: 'bokmål', en: 'Bokmål' },
  nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Nynorsk' },
  en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
};

function list(
  standards: readonly Exclude<WrittenStandard, 'und'>[],
  lang: keyof LocalizedText,
  or: string,
): string {
  const words = standards.map((s) => names[s][lang]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`;
}

// One frozen message per detected standard and allowed list: the hint shares it, nothing copies it.
const messages = new Map<string, LocalizedText>();

function messageFor(
  language: Exclude<WrittenStandard, 'und'>,
  allowed: readonly Exclude<WrittenStandard, 'und'>[],
): LocalizedText {
  const key = `${language}:${allowed.join(',')}`;
  const known = messages.get(key);
  if (known) return known;
  const detected = names[language];
  const message = t(
    `Utkastet ser ut til å være på ${detected.nb}, men strategien din bruker ${list(allowed, 'nb', 'eller')}.`,
    `Utkastet ser ut til å vere på ${detected.nn}, men strategien din brukar ${list(allowed, 'nn', 'eller')}.`,
    `This draft looks like ${detected.en}, but your strategy uses ${list(allowed, 'en', 'or')}.`,
  );
  messages.set(key, Object.freeze(message));
  return message;
}

const self = { id: 'language-policy', adviceId: 'channel-fit' } as const;

/**
 * The draft's written standard is not one the strategy allows (advice `channel-fit`, seeds 000
 * and 004). Silent when the detector is unsure: a wrong accusation is worse than none.
 */
export const languagePolicyRule = defineRule({
  ...self,
  name: t('Skriftspråk', 'Skriftspråk', 'Written standard'),
  check(ctx) {
    const { allowed } = ctx.strategy.languages;
    if (allowed.length >= 3 || ctx.words.length < MIN_WORDS) return NONE;
    const guess = ctx.language;
    if (guess.language === 'und' || allowed.includes(guess.language) || guess.confidence < MIN_CONFIDENCE)
      return NONE;
    return [makeHint(self, 'warning', messageFor(guess.language, allowed))];
  },
});
