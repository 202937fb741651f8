import { extractHashtags, extractUrls } from '../text/entities';
import { detectWrittenStandard } from '../text/language';
import { nfc } from '../text/normalize';
import { postWords } from '../text/post-words';
import { type StemLanguage, stem } from '../text/stem';
import type { Token } from '../text/tokenize';
import { isOrdinary } from './ordinary';
import { MAX_WORD_LENGTH } from './state';

/** What one post holds for the learner; thrown away once counted. */
export type PostTerms = {
  /** Stem → the forms written for it in this post. */
  words: Map<string, Set<string>>;
  /** Stems long enough to end in another word's stem (compounds). */
  compounds: string[];
  /** Lower-case tag without '#' → the forms written. */
  tags: Map<string, Set<string>>;
};

/** Only the start of a very long post is read: enough for its subjects, and the cost stays bounded. */
export const MAX_TEXT = 4000;

/** The shortest stem that counts at the end of a compound: MIN_INNER in lib/text/compound.ts. */
export const MIN_INNER = 5;
/** A compound has at least this many letters before the part it ends with. */
export const MIN_MODIFIER = 2;

const HAS_DIGIT = /\p{N}/u;
const POSSESSIVE = /['’]s$/;
// What the state accepts as a tag (X also links a few other characters, which are left out).
const TAG = new RegExp(`^[\\p{L}\\p{M}\\p{N}_]{1,${MAX_WORD_LENGTH}}$`, 'u');

/** Whether the characters between two words hold the end of a sentence (or of a line). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // . ! ? : ; newline and …
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x0a || c === 0x2026)
      return true;
  }
  return false;
}

/** The word as the user writes it mid-sentence: a capital that only starts a sentence is dropped. */
function formOf(token: Token, lower: string, sentenceStart: boolean): string {
  const written = token.text.replace(POSSESSIVE, '');
  if (!sentenceStart || token.allCaps) return written;
  // Only a capital first letter ("Kampanjen") is the sentence's; "iPhone" or "NRK" keep theirs.
  return written.slice(1) === lower.slice(1) ? lower : written;
}

/**
 * The words and hashtags of a post that could be subjects: no URL, mention or hashtag text (emoji
 * are no words to the tokenizer), no numbers or words with digits, no single letters, nothing of
 * ordinary language. Words are stemmed with the stemmer of the post's written standard (English
 * for English posts, the Norwegian one otherwise, which has the nynorsk endings too).
 */
export function termsOf(rawText: string): PostTerms {
  const text = nfc(rawText.length > MAX_TEXT ? rawText.slice(0, MAX_TEXT) : rawText);
  const urls = extractUrls(text);
  const hashtags = extractHashtags(text, urls);
  const tokens = postWords(text, urls, hashtags);
  const detected = detectWrittenStandard(tokens).language;
  const language: StemLanguage = detected === 'en' ? 'en' : 'nb';

  const words = new Map<string, Set<string>>();
  const compounds: PostTerms['compounds'] = [];
  let previousEnd = 0;
  for (const token of tokens) {
    const sentenceStart = previousEnd === 0 || endsSentence(text, previousEnd, token.start);
    previousEnd = token.end;
    if (token.numeric || token.lower.length > MAX_WORD_LENGTH || HAS_DIGIT.test(token.lower)) continue;
    const lower = token.lower.replace(POSSESSIVE, '');
    if (lower.length < 2) continue;
    const key = stem(lower, language);
    if (key.length < 2 || isOrdinary(lower, key, language)) continue;
    const forms = words.get(key);
    const form = formOf(token, lower, sentenceStart);
    if (forms) forms.add(form);
    else words.set(key, new Set([form]));
    if (key.length >= MIN_MODIFIER + MIN_INNER) compounds.push(key);
  }

  const tags = new Map<string, Set<string>>();
  for (const { tag } of hashtags) {
    const lower = tag.toLowerCase();
    if (!TAG.test(tag) || !TAG.test(lower)) continue;
    const forms = tags.get(lower);
    if (forms) forms.add(tag);
    else tags.set(lower, new Set([tag]));
  }
  return { words, compounds, tags };
}
