// twitter-text module by module rather than its index: the index also brings autoLink, validation
// and HTML helpers that Kvitter never calls, and the content script would carry them on every page.
import configs from 'twitter-text/dist/esm/configs';
import extractHashtagsWithIndices from 'twitter-text/dist/esm/extractHashtagsWithIndices';
import extractMentionsWithIndices from 'twitter-text/dist/esm/extractMentionsWithIndices';
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';

/** The parts of twitter-text the rule engine uses. */
export const twttr = { extractHashtagsWithIndices, extractMentionsWithIndices, extractUrlsWithIndices };

type WeightRange = { start: number; end: number; weight: number };

/** The counting configuration X uses today (twitter-text config v3: emoji count as two). */
export type CountConfig = {
  maxWeightedTweetLength: number;
  scale: number;
  defaultWeight: number;
  transformedURLLength: number;
  emojiParsingEnabled: boolean;
  ranges: WeightRange[];
};

/** Config v3 as twitter-text ships it; read from the library so a new release is picked up. */
export const configV3: CountConfig = configs.version3;
