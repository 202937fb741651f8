/**
 * Limits the messages share, in a module without zod: the content script checks its commands by
 * hand against the same numbers the background's schemas use (protocol.ts).
 */

/** X caps a thread at 25 posts (`longform_notetweets_max_tweet_per_thread`). */
export const MAX_THREAD_PARTS = 25;

/** No part of a thread comes near this many UTF-16 units (X's longest posts are 25,000 characters). */
export const MAX_PART_TEXT = 60_000;
