import { STRATEGY_VERSION, type Strategy } from './schema';

/** Threads are offered only past X's limit, and their parts carry no numbering of Kvitter's. */
export function defaultThreadSettings(): Strategy['thread'] {
  return { numbering: 'none', offerOverTarget: false };
}

/** Every rule on, each at its own severity: a rule without a setting runs as it is. */
export function defaultRuleSettings(): Strategy['rules'] {
  return {};
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
  thread: defaultThreadSettings(),
  signatures: { required: false, list: [] },
  avoidPhrases: [],
  languages: { allowed: ['nb', 'nn', 'en'] },
  rules: defaultRuleSettings(),
  uiLanguage: 'auto',
};
