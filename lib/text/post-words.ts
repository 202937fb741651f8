import {
  extractHashtags,
  extractMentions,
  extractUrls,
  type HashtagEntity,
  type UrlEntity,
} from './entities';
import { type Token, tokenize } from './tokenize';

/**
 * The word tokens of a post outside its URLs, mentions and hashtags. `urls` and `hashtags` let a
 * caller that needs them too extract them once.
 */
export function postWords(
  text: string,
  urls: UrlEntity[] = extractUrls(text),
  hashtags: HashtagEntity[] = extractHashtags(text, urls),
): Token[] {
  const skip = [
    ...urls.map((u) => u.range),
    ...hashtags.map((h) => h.range),
    ...extractMentions(text).map((m) => m.range),
  ].sort((a, b) => a.start - b.start);
  return tokenize(text, skip);
}
