import { browser } from 'wxt/browser';
import type { FieldError } from '../core/types';
import { STRATEGY_KEY, STRATEGY_META_KEY, STRATEGY_VERSION } from '../strategy/keys';
import type { Strategy } from '../strategy/schema';
import { describeError, failure } from './failure';
import { followStorage } from './follow';
import { MAX_PART_TEXT, MAX_THREAD_PARTS } from './limits';
import type { ContentMessage, ContentResponse, ContentStrategyResponse, TabCommand } from './protocol';

/**
 * The content script's side of the protocol. It loads on every x.com page, so it carries no zod:
 * what it sends is typed at compile time and checked with zod by the background on receipt, and
 * what it receives comes only from Kvitter's own background and is checked here by hand, just
 * enough to act on it safely. Pages and the background use client.ts and router.ts instead.
 */

/** A failure with one message that belongs to no field. */
const failedWith = (message: string) => failure([{ path: '', message }]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isOffset = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

const isPartText = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_PART_TEXT;

/** The shape of a TabCommand, checked field by field, as protocol.ts's tabCommandSchema says. */
export function isTabCommand(value: unknown): value is TabCommand {
  if (!isObject(value)) return false;
  if (value.type === 'undo-split') return true;
  if (typeof value.composerId !== 'string') return false;
  if (value.type === 'apply-split') {
    const parts = value.parts;
    return (
      Array.isArray(parts) && parts.length >= 2 && parts.length <= MAX_THREAD_PARTS && parts.every(isPartText)
    );
  }
  if (value.type !== 'apply-fix') return false;
  const fix = value.fix;
  if (!isObject(fix) || typeof fix.text !== 'string' || !isObject(fix.range) || !isObject(fix.label))
    return false;
  const { start, end } = fix.range;
  return isOffset(start) && isOffset(end) && start <= end;
}

/**
 * Sends a message to the background. Never throws: after an extension update the old content
 * script's messages fail, and the page must keep working regardless.
 */
export async function sendFromContent(message: ContentMessage): Promise<ContentResponse> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    if (isObject(answer) && answer.ok === true) return { ok: true };
    if (isObject(answer) && answer.ok === false && Array.isArray(answer.errors)) {
      return { ok: false, errors: answer.errors as FieldError[] };
    }
    return failedWith('The background gave no answer.');
  } catch (error) {
    return failedWith(describeError(error));
  }
}

/**
 * Runs `handler` for each TabCommand Kvitter's background sends and answers with its result.
 * Other messages and other senders are ignored. Returns the function that stops listening.
 */
export function listenForTabCommands(handler: (command: TabCommand) => Promise<ContentResponse>): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isTabCommand(message)) return undefined;
    handler(message).then(sendResponse, (error: unknown) => sendResponse(failedWith(describeError(error))));
    // Keeps the channel open for the asynchronous answer (Chrome, Firefox and the polyfill agree on this).
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

async function fetchStrategy(): Promise<Strategy | null> {
  const answer = (await browser.runtime.sendMessage({ type: 'get-strategy' })) as ContentStrategyResponse;
  // A worker from another version could answer with a shape this script does not know.
  return isObject(answer) && answer.ok === true && answer.strategy?.version === STRATEGY_VERSION
    ? answer.strategy
    : null;
}

/**
 * Follows the user's strategy from the content script: asks the background once, then again
 * only when the stored strategy changes (never per keystroke). `callback` gets each strategy in
 * order; the newest request always wins. Returns the function that stops following.
 */
export function followStrategy(callback: (strategy: Strategy) => void): () => void {
  const keys = [STRATEGY_KEY, STRATEGY_META_KEY];
  return followStorage({ sync: keys, local: keys }, fetchStrategy, callback);
}
