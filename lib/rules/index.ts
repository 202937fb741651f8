import type { Severity } from '../core/types';
import type { Strategy } from '../strategy/schema';
import { bannedPhraseRule } from './banned-phrase';
import { DraftContext } from './context';
import { emptyCheerRule } from './empty-cheer';
import { emptyReport } from './empty-report';
import { hashtagCountRule } from './hashtag-count';
import { hashtagFormatRule } from './hashtag-format';
import { hashtagRelevanceRule, isRelevantHashtag } from './hashtag-relevance';
import { hashtagSuggestionRule } from './hashtag-suggestion';
import { languagePolicyRule } from './language-policy';
import { lengthRule } from './length';
import { linkWithoutCommentRule } from './link-without-comment';
import { offTopicRule } from './off-topic';
import { clampRange, MAX_HINTS_PER_RULE, type Rule } from './rule';
import { shoutingRule } from './shouting';
import { signatureRule } from './signature';
import type { DraftInput, DraftReport, Hint } from './types';

export type { Rule } from './rule';

/**
 * Every rule, in the order its hints are listed (most serious concerns first). This list is the
 * registry: a rule is its file, its test and one line here.
 */
export const rules = [
  lengthRule,
  linkWithoutCommentRule,
  hashtagCountRule,
  hashtagRelevanceRule,
  hashtagFormatRule,
  hashtagSuggestionRule,
  offTopicRule,
  emptyCheerRule,
  shoutingRule,
  bannedPhraseRule,
  signatureRule,
  languagePolicyRule,
] as const satisfies readonly Rule[];

/** The id of every registered rule. */
export type RuleId = (typeof rules)[number]['id'];

/** Every registered rule id, in the registry's order. */
export const ruleIds: readonly RuleId[] = rules.map((rule) => rule.id);

/** The registry by id. */
export const ruleRegistry: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

type ActiveRule = { rule: Rule; severity?: Severity | undefined };
const activeCache = new WeakMap<Strategy['rules'], ActiveRule[]>();

/** The rules a strategy enables, with its severity overrides: worked out once per settings object. */
function activeRules(settings: Strategy['rules']): ActiveRule[] {
  let active = activeCache.get(settings);
  if (!active) {
    active = rules.flatMap((rule) => {
      const setting = settings[rule.id];
      if (setting && !setting.enabled) return [];
      return [setting?.severity ? { rule, severity: setting.severity } : { rule }];
    });
    activeCache.set(settings, active);
  }
  return active;
}

/**
 * Runs every rule the strategy enables. Pure and synchronous: the content script calls it on
 * every animation frame while the user types, so all parsing happens once, in DraftContext,
 * and whatever depends only on the strategy (stems, matchers, enabled rules) is cached per
 * strategy object. Treat a strategy as immutable: pass a new object when it changes, as the
 * storage layer does.
 */
export function analyzeDraft(draft: DraftInput, strategy: Strategy): DraftReport {
  // Checked before any parsing (see emptyReport).
  if (typeof draft.text !== 'string' || draft.text.length === 0) return emptyReport(strategy);
  const ctx = new DraftContext(draft, strategy);
  const hints: Hint[] = [];
  for (const { rule, severity } of activeRules(strategy.rules)) {
    const found = rule.check(ctx);
    const count = Math.min(found.length, MAX_HINTS_PER_RULE);
    for (let i = 0; i < count; i++) {
      const hint = found[i] as Hint;
      if (severity) hint.severity = severity;
      if (hint.range) hint.range = clampRange(hint.range, ctx.text.length);
      if (hint.fix) hint.fix.range = clampRange(hint.fix.range, ctx.text.length);
      hints.push(hint);
    }
  }
  return {
    weightedLength: ctx.count.weightedLength,
    limit: strategy.length.hardLimit,
    valid: ctx.count.valid,
    language: ctx.language.language,
    hashtags: ctx.hashtags.map((h) => ({
      tag: h.tag,
      range: h.range,
      relevant: isRelevantHashtag(ctx, h.tag),
    })),
    topics: ctx.topics,
    hints,
  };
}
