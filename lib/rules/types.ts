import type { WrittenStandard } from '../core/languages';
import type { DraftKind, LocalizedText, Severity, TextRange } from '../core/types';

/** A mechanical change the user may apply with one click: replace `range` by `text`. */
export type HintFix = {
  label: LocalizedText;
  range: TextRange;
  text: string;
};

export type Hint = {
  /** The id of the rule that gave it (see the registry in lib/rules/index.ts). */
  ruleId: string;
  severity: Severity;
  adviceId: string;
  message: LocalizedText;
  range?: TextRange;
  fix?: HintFix;
  /** What "Add to my strategy" would add, where the hint is about a hashtag or keyword. */
  addToStrategy?: { kind: 'hashtag' | 'keyword'; value: string };
};

export type DraftInput = {
  text: string;
  kind: DraftKind;
  /** Index of this part in a thread, 0 for the first (or only) part. */
  position?: number;
};

export type HashtagInfo = {
  tag: string;
  range: TextRange;
  /** True when the tag matches a preferred hashtag or a topic of the strategy. */
  relevant: boolean;
};

export type TopicMatch = { name: string; words: string[] };

export type DraftReport = {
  weightedLength: number;
  limit: number;
  valid: boolean;
  language: WrittenStandard;
  hashtags: HashtagInfo[];
  topics: TopicMatch[];
  hints: Hint[];
};
