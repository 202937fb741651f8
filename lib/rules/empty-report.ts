import type { Strategy } from '../strategy/schema';
import type { DraftReport } from './types';

/**
 * The report of an empty draft. Every composer starts empty, so it needs no parsing at all: the
 * content script answers it before the analysis engine has loaded, and analyzeDraft answers it
 * without compiling the strategy and twitter-text's expressions.
 */
export function emptyReport(strategy: Strategy): DraftReport {
  return {
    weightedLength: 0,
    limit: strategy.length.hardLimit,
    valid: false,
    language: 'und',
    hashtags: [],
    topics: [],
    hints: [],
  };
}
