import type { analyzeDraft } from './index';

/** Resolves in a later task, so that the work before and after it can never add up to one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The analysis engine for the content script, loaded after its first task and split over two
 * more: twitter-text with the emoji parser, then the rules with their word lists and stemmers.
 * Their modules build regular expressions and tables as they load. Measured in Chromium 156 on
 * the x.com fixture (2 cores), loading them with the rest of the script made its first task
 * 64–84 ms long, a long task on every x.com page load; split like this, see keystroke.bench.ts
 * for what each task takes now. The bundle is the same one file: the bundler only delays running
 * these modules until they are imported here.
 */
export async function loadAnalyzer(): Promise<typeof analyzeDraft> {
  await nextTask();
  await import('../text/entities');
  await nextTask();
  return (await import('./index')).analyzeDraft;
}
