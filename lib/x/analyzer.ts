import type { analyzeDraft } from '../rules/index';
import { addToMeter } from './meter';

declare global {
  /**
   * The engine bundle's answer to the content script that imported it (lib/x/engine.ts). Both run
   * in the same isolated world, whose global x.com's own scripts cannot see.
   */
  var kvitterAnalyzer: Promise<typeof analyzeDraft> | undefined;
}

/** Resolves in a later task, so that the work before and after it can never add up to one long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs in the engine bundle (entrypoints/engine) as it loads: starts loading the analysis and
 * hands the promise to the content script, which is waiting for it in lib/x/engine.ts.
 */
export function publishAnalyzer(): void {
  globalThis.kvitterAnalyzer ??= loadAnalyzer();
}

/**
 * The analysis engine, loaded in two tasks of its own: twitter-text with the emoji parser, then
 * the rules with their word lists and stemmers. Their modules build regular expressions and tables
 * as they load. Measured in Chromium 156 on the x.com fixture (2 cores), when they loaded with the
 * content script: everything at once made the script's first task 64–84 ms, a long task on every
 * x.com page load, 26–35 ms of it these modules; split, the twitter-text task took 10–35 ms and the
 * rules task 7–44 ms. The bundler only delays running these modules until they are imported here.
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
