import type { WrittenStandard } from '../text/language-types';

/** Every rule Kvitter runs on a draft; one file per id in lib/rules/. */
export const ruleIds = [
  'length',
  'link-without-comment',
  'hashtag-count',
  'hashtag-relevance',
  'hashtag-format',
  'off-topic',
  'empty-cheer',
  'shouting',
  'banned-phrase',
  'signature',
  'language-policy',
] as const;

export type RuleId = (typeof ruleIds)[number];

export const severities = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof severities)[number];

/** A message in each UI language; hints carry all three so the panel can switch without re-analysing. */
export type LocalizedText = { nb: string; nn: string; en: string };

/** UTF-16 offsets into `DraftInput.text`, end exclusive: the indices the DOM and twitter-text use. */
export type TextRange = { start: number; end: number };

/** A mechanical change the user may apply with one click: replace `range` by `text`. */
export type HintFix = {
  label: LocalizedText;
  range: TextRange;
  text: string;
};

export type Hint = {
  ruleId: RuleId;
  severity: Severity;
  adviceId: string;
  message: LocalizedText;
  range?: TextRange;
  fix?: HintFix;
  /** What "Add to my strategy" would add, where the hint is about a hashtag or keyword. */
  addToStrategy?: { kind: 'hashtag' | 'keyword'; value: string };
};

export type DraftKind = 'post' | 'reply' | 'quote';

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
