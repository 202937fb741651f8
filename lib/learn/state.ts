import { z } from '../core/zod';

/**
 * What the learner keeps between posts, meant for storage.local: counts of word stems and hashtags
 * over the user's own posts, the forms they were written in, and the ids of the posts counted.
 * No post text: a word form is a single word, and the ids are X's public status numbers.
 *
 * Caps, so the state stays small and recent however long the user posts:
 * - `seen` keeps the ids of the newest {@link MAX_POSTS} posts counted; a post older than all of
 *   them (when full) is outside "the last 100 posts" and is not counted.
 * - `words` keeps at most {@link MAX_WORDS} stems and `tags` {@link MAX_TAGS} hashtags; past that,
 *   the ones in the fewest posts go first, and among those the ones last used in the oldest post,
 *   down to four fifths of the cap (room for new words to show they recur).
 * - each entry keeps its {@link MAX_FORMS} most used forms.
 * - counts age: when `counted` reaches {@link AGE_AT}, every count is halved (rounding down, and
 *   entries at 0 go), so older posts weigh less and a change of subject shows through.
 */
export const LEARNED_VERSION = 1;
export const MAX_POSTS = 100;
export const MAX_WORDS = 300;
export const MAX_TAGS = 100;
export const MAX_FORMS = 4;
export const AGE_AT = 2 * MAX_POSTS;
/** Longer "words" are not words (a pasted hash, a run of letters), and are not counted. */
export const MAX_WORD_LENGTH = 40;

/** X's status ids: decimal numbers that grow with time, so the newest post has the largest id. */
export const postIdSchema = z.string().regex(/^[1-9][0-9]{0,19}$/);

// A form is one word (letters, marks, an inner apostrophe); a tag is what X links after '#'.
const wordSchema = z
  .string()
  .max(MAX_WORD_LENGTH)
  .regex(/^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*$/u);
const tagSchema = z
  .string()
  .max(MAX_WORD_LENGTH)
  .regex(/^[\p{L}\p{M}\p{N}_]+$/u);

const count = z.number().int().min(1).max(AGE_AT);

function entrySchema(key: z.ZodString, form: z.ZodString) {
  return z
    .object({
      /** A Snowball stem (words) or a lower-case tag without '#'. */
      key,
      /** Posts that used it (aged). */
      posts: count,
      /** The newest post that used it. */
      last: postIdSchema,
      /** The forms it was written in, with how many posts used each form. */
      forms: z
        .array(z.tuple([form, count]))
        .min(1)
        .max(MAX_FORMS),
    })
    .strict();
}

const wordEntrySchema = entrySchema(wordSchema, wordSchema);
const tagEntrySchema = entrySchema(tagSchema, tagSchema);

const uniqueKeys = (entries: readonly { key: string }[]) =>
  new Set(entries.map((e) => e.key)).size === entries.length;

export const learnedSchema = z
  .object({
    version: z.literal(LEARNED_VERSION),
    /** Posts counted (aged like the entries): what "most posts" is measured against. */
    counted: z.number().int().min(0).max(AGE_AT),
    /** Ids of the posts counted, newest {@link MAX_POSTS}, ascending. */
    seen: z.array(postIdSchema).max(MAX_POSTS),
    words: z.array(wordEntrySchema).max(MAX_WORDS).refine(uniqueKeys, 'duplicate-key'),
    tags: z.array(tagEntrySchema).max(MAX_TAGS).refine(uniqueKeys, 'duplicate-key'),
  })
  .strict()
  .refine((s) => s.seen.every((id, i) => i === 0 || compareIds(s.seen[i - 1] as string, id) < 0), {
    path: ['seen'],
    message: 'not-ascending',
  })
  .refine((s) => [...s.words, ...s.tags].every((e) => e.posts <= s.counted), {
    message: 'count-above-posts',
  });

export type Learned = z.infer<typeof learnedSchema>;
export type LearnedEntry = Learned['words'][number];

/** Orders two post ids (decimal strings without leading zeros) by value: older first. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A state that has learned nothing yet. */
export function emptyLearned(): Learned {
  return { version: LEARNED_VERSION, counted: 0, seen: [], words: [], tags: [] };
}

/** The stored state if it checks out, else an empty one (a tampered or older state starts over). */
export function parseLearned(stored: unknown): Learned {
  const parsed = learnedSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyLearned();
}
