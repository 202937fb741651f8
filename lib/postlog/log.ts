import { storage } from '@wxt-dev/storage';
import { detectedStandards } from '../core/languages';
import { draftKinds } from '../core/types';
import { z } from '../core/zod';
import { exclusive } from '../strategy/exclusive';

/**
 * The local post log: one entry per post the user made on x.com, for the statistics in the side
 * panel. It holds when, what kind, which written standard and how many hashtags, never the text.
 * Kept in storage.local only: it is about this device's activity, and it never leaves it.
 */
export const POST_LOG_KEY = 'local:post-log';

/** The log keeps the newest entries up to this many; older ones are dropped. */
export const POST_LOG_MAX = 5000;

const postLogEntrySchema = z.object({
  /** Milliseconds since the epoch, as Date.now(). */
  t: z.number(),
  kind: z.enum(draftKinds),
  language: z.enum(detectedStandards),
  hashtags: z.number().int().min(0),
});

export type PostLogEntry = z.infer<typeof postLogEntrySchema>;

/** The stored entries, oldest first; entries that do not check out are skipped. */
export async function readPostLog(): Promise<PostLogEntry[]> {
  const stored = await storage.getItem<unknown[]>(POST_LOG_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = postLogEntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds an entry (under a lock, so posts logged at the same moment are all kept), dropping the oldest past the cap. */
export function appendPost(entry: PostLogEntry): Promise<void> {
  return exclusive('post-log', async () => {
    const entries = await readPostLog();
    entries.push(postLogEntrySchema.parse(entry));
    entries.sort((a, b) => a.t - b.t);
    await storage.setItem(POST_LOG_KEY, entries.slice(-POST_LOG_MAX));
  });
}
