import { browser } from 'wxt/browser';
import type { FieldError } from '../core/types';
import { bareKey, DISMISSED_KEY, LEARNED_KEY, LEARNING_KEY } from '../learn/keys';
import { defaultLanguage, strategyText } from '../strategy/errors';
import type { UiLanguage } from '../strategy/schema';
import {
  readCanUndo,
  readStrategy,
  STRATEGY_KEY,
  STRATEGY_META_KEY,
  STRATEGY_UNDO_KEY,
} from '../strategy/storage';
import { describeError } from './failure';
import { followStorage } from './follow';
import { type PageMessage, pageMessageSchema } from './protocol';
import type { PageResponses } from './responses';
import { failureSchema, issueSummary, pageResponseSchemas } from './responses';

export { readProfileScan, readTabState, watchProfileScan, watchTabState } from './session';

/** A page message of type `T`. */
export type MessageOf<T extends PageMessage['type']> = Extract<PageMessage, { type: T }>;

/** Thrown by sendToBackground when the background could not answer the question at all. */
export class BackgroundError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('\n'));
    this.name = 'BackgroundError';
  }
}

/**
 * Sends a message from an extension page (side panel, popup, options) to the background and
 * returns its typed answer. Both directions are checked with zod: a malformed message is never
 * sent, and an answer of the wrong shape (say, from a worker left over from an older version) is
 * not trusted. Answers that may fail by design (`save-strategy`, `import-strategy`, …) come back
 * as `{ ok: false, errors }`; anything else that fails throws a BackgroundError.
 */
export async function sendToBackground<T extends PageMessage['type']>(
  message: MessageOf<T>,
  language?: UiLanguage,
): Promise<PageResponses[T]> {
  const lang = defaultLanguage(language);
  const checked = pageMessageSchema.safeParse(message);
  if (!checked.success) {
    throw new BackgroundError([
      {
        path: '',
        message: strategyText(lang, 'badMessage', { detail: issueSummary(checked.error) }),
      },
    ]);
  }
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(checked.data);
  } catch (error) {
    throw new BackgroundError([
      { path: '', message: strategyText(lang, 'internalError', { detail: describeError(error) }) },
    ]);
  }
  const type = checked.data.type as T;
  const answer = pageResponseSchemas[type].safeParse(raw);
  if (answer.success) return answer.data as PageResponses[T];
  const failed = failureSchema.safeParse(raw);
  if (failed.success) throw new BackgroundError(failed.data.errors);
  throw new BackgroundError([
    {
      path: '',
      message: strategyText(lang, 'badMessage', { detail: issueSummary(answer.error) }),
    },
  ]);
}

/** What watchStrategy reports: the same as the answer to 'get-strategy'. */
export type StrategySnapshot = PageResponses['get-strategy'];

/** Reads the strategy straight from storage, as 'get-strategy' would answer (no message needed). */
async function readStrategySnapshot(language?: UiLanguage): Promise<StrategySnapshot> {
  const [resolved, canUndo] = await Promise.all([readStrategy(language), readCanUndo()]);
  return {
    strategy: resolved.strategy,
    location: resolved.location,
    ...(resolved.refused ? { refused: resolved.refused } : {}),
    canUndo,
  };
}

const watchedKeys: Record<string, readonly string[]> = {
  sync: [STRATEGY_KEY, STRATEGY_META_KEY],
  local: [STRATEGY_KEY, STRATEGY_META_KEY],
  session: [STRATEGY_UNDO_KEY.replace(/^session:/, '')],
};

/**
 * Follows the user's strategy from any context (pages, content script), without React and
 * without a round trip to the background: `callback` gets the current snapshot at once, then a
 * new one after every change to the strategy, wherever it was made (this or another window,
 * another synced device). Snapshots arrive in order and the last one always matches storage.
 * Read-only: changes still go through the background ('save-strategy' etc.).
 *
 * @example
 * const stop = watchStrategy(({ strategy, location }) => render(strategy, location));
 * // later: stop();
 * @returns the function that stops watching.
 */
export function watchStrategy(
  callback: (snapshot: StrategySnapshot) => void,
  options: { language?: UiLanguage; immediate?: boolean } = {},
): () => void {
  return followStorage(
    watchedKeys,
    () => readStrategySnapshot(options.language),
    callback,
    options.immediate ?? true,
  );
}

/**
 * Calls `callback` whenever what was learned from the user's own posts, the dismissed proposals
 * or the learning switch change (storage.local), so a page can ask for fresh proposals.
 * @returns the function that stops watching.
 */
export function watchLearned(callback: () => void): () => void {
  const keys = [LEARNED_KEY, DISMISSED_KEY, LEARNING_KEY].map(bareKey);
  return followStorage(
    { local: keys },
    async () => true,
    () => callback(),
    false,
  );
}
