import type { DraftKind, TextRange } from '../core/types';
import type { Strategy, Topic } from '../strategy/schema';
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
  /**
   * Hashtags already judged against this strategy (see isRelevantHashtag): the same tags come
   * back on every keystroke while the strategy stays the same.
   */
  hashtagRelevance: Map<string, boolean>;
};

const compiledCache = new WeakMap<Strategy, CompiledStrategy>();
const NO_RANGES: readonly TextRange[] = [];

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
    hashtagRelevance: new Map(),
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
  // What the getters computed, as fields of their own: a context is made on every keystroke,
  // and fixed fields cost less than a cache object that grows a property at a time.
  private lower: string | undefined = undefined;
  private tokenList: Token[] | undefined = undefined;
  private wordList: Token[] | undefined = undefined;
  private guess: LanguageGuess | undefined = undefined;
  private topicList: TopicMatch[] | undefined = undefined;
  private topicIndexList: number[] | undefined = undefined;
  private entityRanges: TextRange[] | undefined = undefined;

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
    if (this.lower === undefined) this.lower = this.text.toLowerCase();
    return this.lower;
  }

  /** Word tokens outside URLs and mentions (hashtag words included). */
  get tokens(): Token[] {
    if (!this.tokenList) {
      const { urls, mentions } = this;
      let skip: readonly TextRange[] = NO_RANGES;
      if (urls.length > 0 || mentions.length > 0) {
        const ranges = [...urls.map((u) => u.range), ...mentions.map((m) => m.range)];
        if (urls.length > 0 && mentions.length > 0) ranges.sort((a, b) => a.start - b.start);
        skip = ranges;
      }
      this.tokenList = tokenize(this.text, skip, this.lowerText);
    }
    return this.tokenList;
  }

  /** The user's own words: tokens outside URLs, mentions and hashtags. */
  get words(): Token[] {
    if (!this.wordList) {
      this.wordList =
        this.hashtags.length === 0
          ? this.tokens
          : outside(
              this.tokens,
              this.hashtags.map((h) => h.range),
            );
    }
    return this.wordList;
  }

  get language(): LanguageGuess {
    if (!this.guess) this.guess = detectWrittenStandard(this.words);
    return this.guess;
  }

  /** Strategy topics the draft touches, each with the draft's words that matched. */
  get topics(): TopicMatch[] {
    if (!this.topicList) {
      const topics: TopicMatch[] = [];
      const indices: number[] = [];
      if (this.strategy.topics.length > 0) {
        const found = this.compiled.topicMatcher.matchText(this.lowerText, this.tokens);
        if (found.size > 0) {
          const list = this.strategy.topics;
          for (let i = 0; i < list.length; i++) {
            const tokens = found.get(i);
            if (!tokens) continue;
            topics.push({ name: (list[i] as Topic).name, words: distinctTexts(tokens) });
            indices.push(i);
          }
        }
      }
      this.topicList = topics;
      this.topicIndexList = indices;
    }
    return this.topicList;
  }

  /** For each entry of `topics`, its index in the strategy's topics (names need not be unique). */
  get topicIndices(): number[] {
    if (!this.topicIndexList) void this.topics;
    return this.topicIndexList as number[];
  }

  /** True when the text in `range` overlaps a URL, mention or hashtag. */
  inEntity(range: TextRange): boolean {
    if (!this.entityRanges) {
      this.entityRanges = [...this.urls, ...this.mentions, ...this.hashtags]
        .map((e) => e.range)
        .sort((a, b) => a.start - b.start);
    }
    const ranges = this.entityRanges;
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

/** The tokens' words as written, each once, in order. */
function distinctTexts(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const text = token.text;
    if (!words.includes(text)) words.push(text);
  }
  return words;
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
