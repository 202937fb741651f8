import type { analyzeDraft } from '../rules/index';

/**
 * Loads the analysis engine (entrypoints/engine, built as `/engine.js`) into this content
 * script's world. It is a bundle of its own because most x.com page views read and never write:
 * they should not pay for parsing and running twitter-text, the rules and their word lists. The
 * bundle publishes its `analyzeDraft` as it runs (lib/x/analyzer.ts). `importEngine` is the seam
 * unit tests replace, as they have no extension files to import.
 */
export async function loadEngine(
  // The global `chrome`, not the polyfill's `browser`: Mozilla's add-on linter accepts a dynamic
  // import only of `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` as written, and the
  // minifier renames the polyfill's binding. In Chrome the URL carries a per-session id
  // (use_dynamic_url in the manifest), so x.com cannot probe for it.
  importEngine: () => Promise<unknown> = () => import(/* @vite-ignore */ chrome.runtime.getURL('/engine.js')),
): Promise<typeof analyzeDraft> {
  await importEngine();
  const published = globalThis.kvitterAnalyzer;
  if (!published) throw new Error('/engine.js loaded but published no analysis');
  return published;
}
