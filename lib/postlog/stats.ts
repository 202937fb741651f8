import { z } from '../core/zod';
import type { Strategy } from '../strategy/schema';
import type { PostLogEntry } from './log';

const DAY = 24 * 60 * 60 * 1000;

/** The side panel's statistics, as the background computes them and the panel checks them. */
export const statsSchema = z.object({
  postsThisWeek: z.number(),
  postsPerWeekTarget: z.number(),
  /** Over the last 30 days, from the local post log. */
  originals30d: z.number(),
  repliesAndQuotes30d: z.number(),
  /** Share (0–100) of Norwegian posts in nynorsk over 30 days; null when there were none. */
  nynorskShare30d: z.number().nullable(),
  nynorskTarget: z.number().nullable(),
});

export type Stats = z.infer<typeof statsSchema>;

/** Monday 00:00 local time of the week holding `now`: Norwegian weeks start on Monday. */
export function startOfWeek(now: number): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  const daysSinceMonday = (date.getDay() + 6) % 7;
  date.setDate(date.getDate() - daysSinceMonday);
  return date.getTime();
}

/**
 * The side panel's statistics from the post log: posts this calendar week against the
 * strategy's target (every kind counts: each is something the user published), replies and
 * quotes against original posts over 30 days (advice `listen-not-only-talk`), and the share of
 * Norwegian posts written in nynorsk over 30 days against the target (advice `channel-fit`).
 */
export function computeStats(entries: readonly PostLogEntry[], strategy: Strategy, now: number): Stats {
  const weekStart = startOfWeek(now);
  const monthStart = now - 30 * DAY;
  let postsThisWeek = 0;
  let originals30d = 0;
  let repliesAndQuotes30d = 0;
  let bokmal = 0;
  let nynorsk = 0;
  for (const entry of entries) {
    if (entry.t > now) continue;
    if (entry.t >= weekStart) postsThisWeek++;
    if (entry.t < monthStart) continue;
    if (entry.kind === 'post') originals30d++;
    else repliesAndQuotes30d++;
    if (entry.language === 'nb') bokmal++;
    if (entry.language === 'nn') nynorsk++;
  }
  const norwegian = bokmal + nynorsk;
  return {
    postsThisWeek,
    postsPerWeekTarget: strategy.postsPerWeek,
    originals30d,
    repliesAndQuotes30d,
    nynorskShare30d: norwegian === 0 ? null : Math.round((nynorsk / norwegian) * 1000) / 10,
    nynorskTarget: strategy.languages.nynorskTarget ?? null,
  };
}
