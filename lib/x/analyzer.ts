import type { analyzeDraft } from '../rules/index';
import { addToMeter } from './meter';

/** Resolves in a later task, so that the work before and after it can never add up to one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The analysis engine for the content script, loaded after its first task and split over two
 * more: twitter-text with the emoji parser, then the rules with their word lists and stemmers.
 * Their modules build regular expressions and tables as they load. Measured in Chromium 156 on
 * the x.com fixture (2 cores): with everything loaded at once, the content script's first task
 * took 64–84 ms (14–25 of them WXT's postMessage, see the entrypoint), a long task on every x.com
 * page load, 26–35 ms of it spent loading modules, most of them these. Split, the twitter-text
 * task took 10–35 ms and the rules task 7–44 ms. The bundle is still one file: the bundler only
 * delays running these modules until they are imported here.
 */
export async function loadAnalyzer(): Promise<typeof analyzeDraft> {
  await loadPart(() => import('../text/entities'));
  return (await loadPart(() => import('../rules/index'))).analyzeDraft;
}

/**
 * Imports one part in a task of its own. Its modules run in the import's microtasks, where
 * `metered` cannot wrap them, so the time is added to Kvitter's meter here.
 */
async function loadPart<T>(load: () => Promise<T>): Promise<T> {
  await nextTask();
  const start = performance.now();
  const part = await load();
  addToMeter(performance.now() - start);
  return part;
}
