import type { analyzeDraft } from '../rules/index';

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
 * the rules with their word lists and stemmers. Their modules build regular expressions and
 * tables as they load; together in one task that would be a long task. The bundler only delays
 * running these modules until they are imported here.
 */
export async function loadAnalyzer(): Promise<typeof analyzeDraft> {
  await nextTask();
  await import('../text/entities');
  await nextTask();
  return (await import('../rules/index')).analyzeDraft;
}
