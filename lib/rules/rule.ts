import type { DraftContext } from './context';
import type { Hint, LocalizedText, RuleId, Severity, TextRange } from './types';

/** One writing rule: its id, the advice behind it, and a pure check over a parsed draft. */
export type Rule = {
  id: RuleId;
  adviceId: string;
  /** Returns the rule's hints at its own severity; analyzeDraft applies the strategy's override. */
  check(ctx: DraftContext): readonly Hint[];
};

/** Shorthand for a message in all three languages. */
export const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

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
