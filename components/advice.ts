import { adviceSources, getAdvice, type SeedSource } from '../lib/advice';
import type { LocalizedText } from '../lib/core/types';

/** What the "Why?" disclosure shows: the advice in three languages and the posts that give it. */
export type AdviceView = {
  text: LocalizedText;
  sources: Array<SeedSource & { where?: string }>;
  kvitterOwn: boolean;
};

/** The advice behind `adviceId`, or null for an id the catalogue does not know. */
export function findAdvice(adviceId: string): AdviceView | null {
  const entry = getAdvice(adviceId);
  if (!entry) return null;
  return { text: entry.text, sources: adviceSources(adviceId), kvitterOwn: entry.kvitterOwn };
}
