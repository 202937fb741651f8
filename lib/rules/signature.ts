import type { LocalizedText } from '../core/types';
import type { Strategy } from '../strategy/schema';
import { anyOf } from '../text/regexp';
import { defineRule, NONE, t } from './rule';
import type { Hint } from './types';

const self = { id: 'signature', adviceId: 'who-speaks' } as const;
const WHITESPACE = /\s/;

/** What the rule needs from a signature list, made once per list rather than on every keystroke. */
type Compiled = {
  /** Finds any of the signatures in lower-cased text, as `includes` would for each. */
  finder: RegExp;
  /** The message and fix label name the first signature; frozen, as every hint shares them. */
  message: Readonly<LocalizedText>;
  label: Readonly<LocalizedText>;
};

const compiled = new WeakMap<Strategy['signatures']['list'], Compiled>();

function compile(list: Strategy['signatures']['list'], first: string): Compiled {
  let found = compiled.get(list);
  if (!found) {
    found = {
      finder: anyOf(list.map((signature) => signature.toLowerCase())) ?? /$^/,
      message: Object.freeze(
        t(
          `Strategien din vil at innlegg fra kontoen signeres, for eksempel med «${first}», så leserne ser hvem som skriver.`,
          `Strategien din vil at innlegg frå kontoen skal signerast, til dømes med «${first}», så lesarane ser kven som skriv.`,
          `Your strategy asks for posts from this account to be signed, e.g. with “${first}”, so readers see who is writing.`,
        ),
      ),
      label: Object.freeze(t(`Legg til «${first}»`, `Legg til «${first}»`, `Add “${first}”`)),
    };
    compiled.set(list, found);
  }
  return found;
}

/** What /\s$/ says of a text, read from its last character alone instead of a scan. */
function endsInSpace(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last < 0x80) return last === 0x20 || (last >= 0x09 && last <= 0x0d);
  return WHITESPACE.test(text.charAt(text.length - 1));
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
    const { finder, message, label } = compile(list, first);
    if (finder.test(ctx.lowerText)) return NONE;
    const end = ctx.text.length;
    // The hint as makeHint would build it, without its copy of an options object.
    const hint: Hint = {
      ruleId: self.id,
      severity: 'warning',
      adviceId: self.adviceId,
      message,
      fix: { label, range: { start: end, end }, text: endsInSpace(ctx.text) ? first : ` ${first}` },
    };
    return [hint];
  },
});
