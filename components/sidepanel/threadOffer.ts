import { MAX_THREAD_PARTS } from '../../lib/messaging/limits';
import type { ComposerState } from '../../lib/messaging/protocol';
import type { Strategy } from '../../lib/strategy/schema';
import { MIN_THREAD_LIMIT, splitIntoThread, type ThreadPart } from '../../lib/thread/index';

type OkComposer = Extract<ComposerState, { status: 'ok' }>;

/** A thread the side panel offers for one draft: its parts, and whether Kvitter can make it in X. */
export type ThreadOffer = {
  parts: ThreadPart[];
  /** The limit each part keeps to: X's, or the user's own target when they asked for that. */
  limit: number;
  /** 'apply' where X adds parts with its own button (a post in the modal or the home box), else 'copy'. */
  mode: 'apply' | 'copy';
};

/**
 * The thread to offer for a composer's draft, or null when there is none to offer: the draft is
 * within X's limit (and, when the user asked for splits over their target, within that), or it
 * would not make two parts. Parts keep to X's limit, or to the user's target when they asked for
 * splits over it. Pure: the side panel memoises it per draft.
 */
export function threadOffer(composer: OkComposer, strategy: Strategy): ThreadOffer | null {
  const { weightedLength, limit: hardLimit } = composer.report;
  const { offerOverTarget, numbering } = strategy.thread;
  const softTarget = Math.min(strategy.length.softTarget, hardLimit);
  const over = weightedLength > hardLimit || (offerOverTarget && weightedLength > softTarget);
  if (!over) return null;
  const limit = offerOverTarget ? Math.max(MIN_THREAD_LIMIT, softTarget) : hardLimit;
  if (limit < MIN_THREAD_LIMIT) return null;
  const parts = splitIntoThread(composer.text, { limit, numbering });
  if (parts.length < 2) return null;
  const inX = composer.kind === 'post' && (composer.surface === 'modal' || composer.surface === 'home');
  return { parts, limit, mode: inX && parts.length <= MAX_THREAD_PARTS ? 'apply' : 'copy' };
}
