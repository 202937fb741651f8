import twitterText from 'twitter-text';

/**
 * twitter-text's ESM build only has a default export, so every module imports it from here.
 * `configs` exists at run time but is missing from @types/twitter-text.
 */
export const twttr = twitterText;

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
export const configV3: CountConfig = (twitterText as unknown as { configs: { version3: CountConfig } })
  .configs.version3;
