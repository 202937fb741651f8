import type { Strategy } from '../../lib/strategy/schema';

/** The welcome page's steps, in order (issue 16). */
export const welcomeSteps = ['language', 'speaker', 'preset', 'audience', 'topics', 'ready'] as const;
export type WelcomeStep = (typeof welcomeSteps)[number];

/** The step a URL's hash names (`welcome.html#topics`), else the first. */
export function stepFromHash(hash: string): number {
  const index = welcomeSteps.indexOf(hash.replace(/^#/, '') as WelcomeStep);
  return Math.max(index, 0);
}

/** Saves a change to the stored strategy; resolves false (and shows why) when it was refused. */
export type Commit = (change: (current: Strategy) => Strategy) => Promise<boolean>;

/** What every step gets: the stored strategy and a way to save (the way on is in StepFrame's context). */
export type StepProps = { strategy: Strategy; commit: Commit };
