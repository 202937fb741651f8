import type { LocalizedText, Severity, TextRange } from '../core/types';
import type { DraftContext } from './context';
import type { Hint } from './types';

export { t } from '../core/types';

/**
 * One writing rule: its id (its file is `lib/rules/<id>.ts`), the advice behind it, its name in
 * the options page, and a pure check over a parsed draft.
 */
export type Rule<Id extends string = string> = {
  id: Id;
  adviceId: string;
  name: LocalizedText;
  /** Returns the rule's hints at its own severity; analyzeDraft applies the strategy's override. */
  check(ctx: DraftContext): readonly Hint[];
};

/** Declares a rule, keeping its id as a literal type so the registry can list every id. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** Builds a hint for `rule`; keeps rules free of boilerplate. */
export function makeHint(
  rule: Pick<Rule, 'id' | 'adviceId'>,
  severity: Severity,
  message: LocalizedText,
  extra: Partial<Pick<Hint, 'range' | 'fix' | 'addToStrategy'>> = {},
): Hint {
  return { ruleId: rule.id, severity, adviceId: rule.adviceId, message, ...extra };
}

/** Clamps a range into the text, so no rule can hand the overlay an offset outside the draft. */
export function clampRange(range: TextRange, length: number): TextRange {
  if (range.start >= 0 && range.start <= range.end && range.end <= length) return range;
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}

/** A 100,000-character paste in ALL CAPS must not flood the panel or the overlay. */
export const MAX_HINTS_PER_RULE = 50;

/** What a rule returns when it has nothing to say: one shared, frozen array, no allocation per keystroke. */
export const NONE: readonly Hint[] = Object.freeze([]);
