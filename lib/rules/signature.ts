import type { LocalizedText } from '../core/types';
import { anyOf } from '../text/regexp';
import { defineRule, makeHint, NONE, t } from './rule';

const self = { id: 'signature', adviceId: 'who-speaks' } as const;
const WHITESPACE = /\s/;

// The message and fix label depend only on the first signature: made once rather than on every
// keystroke, and copied into each hint as the other rules do.
const texts = new Map<string, { message: LocalizedText; label: LocalizedText }>();

function textsFor(first: string): { message: LocalizedText; label: LocalizedText } {
  let found = texts.get(first);
  if (!found) {
    found = {
      message: t(
        `Strategien din vil at innlegg fra kontoen signeres, for eksempel med «${first}», så leserne ser hvem som skriver.`,
        `Strategien din vil at innlegg frå kontoen skal signerast, til dømes med «${first}», så lesarane ser kven som skriv.`,
        `Your strategy asks for posts from this account to be signed, e.g. with “${first}”, so readers see who is writing.`,
      ),
      label: t(`Legg til «${first}»`, `Legg til «${first}»`, `Add “${first}”`),
    };
    texts.set(first, found);
  }
  return found;
}

// Per signature list: one expression that finds any of the signatures, lower-cased.
const finders = new WeakMap<readonly string[], RegExp>();

/** Finds any signature in lower-cased text, as `includes` would for each (the list is not empty). */
function anySignature(list: readonly string[]): RegExp {
  let finder = finders.get(list);
  if (!finder) {
    finder = anyOf(list.map((signature) => signature.toLowerCase())) ?? /$^/;
    finders.set(list, finder);
  }
  return finder;
}

/**
 * When the strategy asks shared accounts to sign (e.g. "^KH"), a draft without one of the
 * signatures gets a hint with a fix that appends the first one (advice `who-speaks`, seeds 001 and 004).
 */
export const signatureRule = defineRule({
  ...self,
  name: t('Signatur mangler', 'Signatur manglar', 'Missing signature'),
  check(ctx) {
    const { required, list } = ctx.strategy.signatures;
    const first = list[0];
    if (!required || !first || ctx.text.trim() === '') return NONE;
    if (anySignature(list).test(ctx.lowerText)) return NONE;
    const end = ctx.text.length;
    // The last character alone decides what /\s$/ would (no need to scan the draft for it).
    const text = WHITESPACE.test(ctx.text.charAt(end - 1)) ? first : ` ${first}`;
    const { message, label } = textsFor(first);
    return [
      makeHint(
        self,
        'warning',
        { ...message },
        { fix: { label: { ...label }, range: { start: end, end }, text } },
      ),
    ];
  },
});
