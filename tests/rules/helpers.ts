import type { DraftKind } from '../../lib/core/types';
import type { RuleId } from '../../lib/rules/index';
import { analyzeDraft } from '../../lib/rules/index';
import type { Hint } from '../../lib/rules/types';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';

/** The default strategy with some fields replaced. */
export function strategyWith(overrides: Partial<Strategy> = {}): Strategy {
  return { ...defaultStrategy, ...overrides };
}

/** Hints of one rule for a draft. */
export function hintsOf(
  ruleId: RuleId,
  text: string,
  strategy: Strategy = defaultStrategy,
  kind: DraftKind = 'post',
): Hint[] {
  return analyzeDraft({ text, kind }, strategy).hints.filter((h) => h.ruleId === ruleId);
}

/** Applies a hint's fix the way the content script would: replace the range by the text. */
export function applyFix(text: string, hint: Hint): string {
  if (!hint.fix) throw new Error(`hint of ${hint.ruleId} has no fix`);
  const { range, text: insert } = hint.fix;
  return text.slice(0, range.start) + insert + text.slice(range.end);
}

/** The text a hint marks. */
export function marked(text: string, hint: Hint): string {
  return hint.range ? text.slice(hint.range.start, hint.range.end) : '';
}
