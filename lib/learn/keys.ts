/**
 * Where what is learned from the user's own posts lives (storage.local, this device only). No
 * dependencies: the content script reads the switch, the background writes, pages follow changes.
 */

/** The learned counts (lib/learn/state.ts): stems, tags and post ids, never post text. */
export const LEARNED_KEY = 'local:learned';

/** The switch: false once the user turns learning off; absent means on. */
export const LEARNING_KEY = 'local:learning';

/** What the user said no to: topic names and '#tags', newest last. */
export const DISMISSED_KEY = 'local:learn-dismissed';

/** Dismissals kept; older ones go first. */
export const MAX_DISMISSED = 200;

/** A key without its area, as storage.onChanged and storage.local.get name it. */
export const bareKey = (key: string) => key.replace(/^local:/, '');
