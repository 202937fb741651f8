import type { DraftKind, TextRange } from '../core/types';
import type { Strategy } from '../strategy/schema';
import { buildKeywordMatcher, type KeywordMatcher } from '../text/compound';
import {
  type EmojiEntity,
  extractEmoji,
  extractHashtags,
  extractMentions,
  extractUrls,
  type HashtagEntity,
  type MentionEntity,
  type UrlEntity,
} from '../text/entities';
import { detectWrittenStandard, type LanguageGuess } from '../text/language';
import { fromNfcOffset, isNfc } from '../text/normalize';
import { type Token, tokenize } from '../text/tokenize';
import { countWeighted, type WeightedCount } from '../text/weighted-length';
import type { DraftInput, TopicMatch } from './types';

/** What the rules need from a strategy, derived once per strategy object (see `compiled`). */
export type CompiledStrategy = {
  topicMatcher: KeywordMatcher;
  /** Group i < topics.length is topic i; the last group is the preferred hashtags. */
  hashtagMatcher: KeywordMatcher;
  preferredHashtags: Map<string, string>;
  /** Lower-case words of the brand names, which are allowed in capitals. */
  brandWords: Set<string>;
};

const compiledCache = new WeakMap<Strategy, CompiledStrategy>();

/** Stems and matchers for a strategy, built on first use and kept while the object lives. */
export function compileStrategy(strategy: Strategy): CompiledStrategy {
  const cached = compiledCache.get(strategy);
  if (cached) return cached;
  const topicGroups = strategy.topics.map((t) => [t.name, ...t.keywords]);
  const preferred = strategy.hashtags.preferred.map((h) => h.replace(/^#/, ''));
  const compiled: CompiledStrategy = {
    topicMatcher: buildKeywordMatcher(topicGroups),
    hashtagMatcher: buildKeywordMatcher([...topicGroups, preferred]),
    preferredHashtags: new Map(preferred.map((h) => [h.normalize('NFC').toLowerCase(), h])),
    brandWords: new Set(strategy.brandNames.flatMap((b) => b.toLowerCase().split(/[\s-]+/))),
  };
  compiledCache.set(strategy, compiled);
  return compiled;
}

/**
 * One draft, parsed once: every rule reads from here, and the costly parts (tokens, language,
 * topics) are only computed when a rule asks for them.
 */
export class DraftContext {
  readonly text: string;
  readonly kind: DraftKind;
  readonly position: number;
  readonly strategy: Strategy;
  readonly compiled: CompiledStrategy;
  readonly urls: UrlEntity[];
  readonly emoji: EmojiEntity[];
  readonly hashtags: HashtagEntity[];
  readonly mentions: MentionEntity[];
  readonly count: WeightedCount;
  /** False for the rare draft not in NFC: X counts its NFC form, so offsets need mapping back. */
  private readonly nfc: boolean;
  private cache: {
    lower?: string;
    tokens?: Token[];
    words?: Token[];
    language?: LanguageGuess;
    topics?: TopicMatch[];
    topicIndices?: number[];
    entityRanges?: TextRange[];
  } = {};

  constructor(draft: DraftInput, strategy: Strategy) {
    this.text = typeof draft.text === 'string' ? draft.text : '';
    this.kind = draft.kind;
    this.position = draft.position ?? 0;
    this.strategy = strategy;
    this.compiled = compileStrategy(strategy);
    const text = this.text;
    this.urls = extractUrls(text);
    this.emoji = extractEmoji(text);
    this.hashtags = extractHashtags(text, this.urls);
    this.mentions = extractMentions(text);
    const { softTarget, hardLimit } = strategy.length;
    this.nfc = isNfc(text);
    if (this.nfc) {
      this.count = countWeighted(text, this.urls, this.emoji, hardLimit, softTarget);
    } else {
      // X counts the NFC form; entities for hints stay in the user's own offsets.
      const counted = text.normalize('NFC');
      this.count = countWeighted(counted, extractUrls(counted), extractEmoji(counted), hardLimit, softTarget);
    }
  }

  /** Maps an offset in the NFC form X counts back to `text` (the same offset for NFC drafts). */
  fromCounted(offset: number): number {
    return this.nfc ? offset : fromNfcOffset(this.text, offset);
  }

  /** `text.toLowerCase()`, made once for every rule that compares case-insensitively. */
  get lowerText(): string {
    if (this.cache.lower === undefined) this.cache.lower = this.text.toLowerCase();
    return this.cache.lower;
  }

  /** Word tokens outside URLs and mentions (hashtag words included). */
  get tokens(): Token[] {
    if (!this.cache.tokens) {
      const { urls, mentions } = this;
      let skip: TextRange[] = [];
      if (urls.length > 0 || mentions.length > 0) {
        skip = [...urls.map((u) => u.range), ...mentions.map((m) => m.range)];
        if (urls.length > 0 && mentions.length > 0) skip.sort((a, b) => a.start - b.start);
      }
      this.cache.tokens = tokenize(this.text, skip, this.lowerText);
    }
    return this.cache.tokens;
  }

  /** The user's own words: tokens outside URLs, mentions and hashtags. */
  get words(): Token[] {
    if (!this.cache.words) {
      this.cache.words =
        this.hashtags.length === 0
          ? this.tokens
          : outside(
              this.tokens,
              this.hashtags.map((h) => h.range),
            );
    }
    return this.cache.words;
  }

  get language(): LanguageGuess {
    if (!this.cache.language) this.cache.language = detectWrittenStandard(this.words);
    return this.cache.language;
  }

  /** Strategy topics the draft touches, each with the draft's words that matched. */
  get topics(): TopicMatch[] {
    if (!this.cache.topics) {
      const topics: TopicMatch[] = [];
      const indices: number[] = [];
      if (this.strategy.topics.length > 0) {
        const found = this.compiled.topicMatcher.matchText(this.lowerText, this.tokens);
        for (const [i, topic] of this.strategy.topics.entries()) {
          const tokens = found.get(i);
          if (!tokens) continue;
          topics.push({ name: topic.name, words: [...new Set(tokens.map((t) => t.text))] });
          indices.push(i);
        }
      }
      this.cache.topics = topics;
      this.cache.topicIndices = indices;
    }
    return this.cache.topics;
  }

  /** For each entry of `topics`, its index in the strategy's topics (names need not be unique). */
  get topicIndices(): number[] {
    if (!this.cache.topicIndices) void this.topics;
    return this.cache.topicIndices as number[];
  }

  /** True when the text in `range` overlaps a URL, mention or hashtag. */
  inEntity(range: TextRange): boolean {
    if (!this.cache.entityRanges) {
      this.cache.entityRanges = [...this.urls, ...this.mentions, ...this.hashtags]
        .map((e) => e.range)
        .sort((a, b) => a.start - b.start);
    }
    const ranges = this.cache.entityRanges;
    // Entities never overlap one another, so the last one starting before `range.end` decides.
    let lo = 0;
    let hi = ranges.length - 1;
    let candidate = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ranges[mid] as TextRange).start < range.end) {
        candidate = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const r = ranges[candidate];
    return r !== undefined && r.end > range.start;
  }
}

function outside(tokens: Token[], ranges: TextRange[]): Token[] {
  const result: Token[] = [];
  let r = 0;
  for (const t of tokens) {
    while (r < ranges.length && (ranges[r] as TextRange).end <= t.start) r++;
    const range = ranges[r];
    if (range && range.start < t.end) continue;
    result.push(t);
  }
  return result;
}
