/**
 * Names shared by the strategy store and its readers, in a module with no dependencies: the
 * content script needs them to follow changes, and must not pull zod (or the store) into a
 * bundle that loads on every x.com page.
 */

/** Bumped whenever the stored shape changes; lib/strategy/migrations.ts carries older versions forward. */
export const STRATEGY_VERSION = 2;

/** The key of the strategy in storage.sync and storage.local (see lib/strategy/storage.ts). */
export const STRATEGY_KEY = 'strategy';

/** Its metadata (version, savedAt), after @wxt-dev/storage's `key$` convention. */
export const STRATEGY_META_KEY = `${STRATEGY_KEY}$`;
