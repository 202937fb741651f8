import { storage } from '@wxt-dev/storage';
import { learnFromPost, type OwnPost, parseLearned, proposeFromLearned } from '../learn/index';
import { DISMISSED_KEY, LEARNED_KEY, LEARNING_KEY, MAX_DISMISSED } from '../learn/keys';
import type { Suggestions } from '../messaging/responses';
import { exclusive } from '../strategy/exclusive';
import type { Strategy } from '../strategy/schema';

/**
 * What the background keeps of the user's own posts: only the learner's capped counts of stems
 * and tags (lib/learn), in storage.local. The posts' text passes through here and is dropped.
 * Every read-modify-write runs under one lock, so two batches of posts never lose each other.
 */

const LOCK = 'learned';

/** Whether learning is on: it is unless the user turned it off. */
export async function readLearning(): Promise<boolean> {
  return (await storage.getItem<boolean>(LEARNING_KEY)) !== false;
}

/** Turns learning on or off; what was learned stays until the user forgets it. */
export async function setLearning(enabled: boolean): Promise<void> {
  await storage.setItem(LEARNING_KEY, enabled);
}

/** Counts the user's own posts into the learned state (nothing when learning is off). */
export function learnPosts(posts: readonly OwnPost[]): Promise<void> {
  return exclusive(LOCK, async () => {
    if (!(await readLearning())) return;
    const before = parseLearned(await storage.getItem(LEARNED_KEY));
    const after = posts.reduce(learnFromPost, before);
    // learnFromPost returns the same state for posts already counted: nothing to write then.
    if (after !== before) await storage.setItem(LEARNED_KEY, after);
  });
}

async function readDismissed(): Promise<string[]> {
  const stored = await storage.getItem<unknown>(DISMISSED_KEY);
  return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
}

/** What to propose against `strategy`, leaving out what the user dismissed. */
export async function readSuggestions(strategy: Strategy): Promise<Suggestions> {
  const [learning, stored, dismissed] = await Promise.all([
    readLearning(),
    storage.getItem(LEARNED_KEY),
    readDismissed(),
  ]);
  const learned = parseLearned(stored);
  const proposals = proposeFromLearned(learned, strategy, { dismissed });
  return { learning, posts: learned.counted, ...proposals };
}

/** A proposal the user said no to: it is not proposed again (until they forget what was learned). */
export function dismissSuggestion(value: string): Promise<void> {
  return exclusive(LOCK, async () => {
    const item = value.trim();
    const dismissed = (await readDismissed()).filter((d) => d.toLowerCase() !== item.toLowerCase());
    dismissed.push(item);
    await storage.setItem(DISMISSED_KEY, dismissed.slice(-MAX_DISMISSED));
  });
}

/** Forgets every count and dismissal; the switch stays as the user set it. */
export function forgetLearned(): Promise<void> {
  return exclusive(LOCK, () => storage.removeItems([LEARNED_KEY, DISMISSED_KEY]));
}
