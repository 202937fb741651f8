import { ruleIds } from '../rules/types';
import { STRATEGY_VERSION, type Strategy } from './schema';

/** Every rule on, each at its own severity. */
export function defaultRuleSettings(): Strategy['rules'] {
  return Object.fromEntries(ruleIds.map((id) => [id, { enabled: true }])) as Strategy['rules'];
}

/**
 * A personal account with nothing configured yet: the rules that need the user's own
 * choices (topics, signatures, phrases) stay silent until those exist.
 */
export const defaultStrategy: Strategy = {
  version: STRATEGY_VERSION,
  accountType: 'personal',
  brandNames: [],
  audience: '',
  goals: '',
  topics: [],
  hashtags: { preferred: [], max: 2 },
  length: { softTarget: 200, hardLimit: 280 },
  postsPerWeek: 3,
  signatures: { required: false, list: [] },
  avoidPhrases: [],
  languages: { allowed: ['nb', 'nn', 'en'] },
  rules: defaultRuleSettings(),
  uiLanguage: 'auto',
};
