import { useCallback, useEffect, useReducer, useState } from 'react';
import type { ComposerState, TabState } from '../../lib/messaging/protocol';
import { surfaces } from '../../lib/messaging/protocol';
import type { Strategy } from '../../lib/strategy/schema';
import { ComposerCard } from './ComposerCard';
import { hintKey, useIgnoredHints } from './ignored';
import { LiveAnnouncer } from './LiveAnnouncer';
import { NoComposer } from './NoComposer';
import { RepostTip, Unreadable } from './Notices';
import { SplitDone } from './SplitDone';
import { type AppliedSplit, SplitContext } from './splitContext';

type OkComposer = Extract<ComposerState, { status: 'ok' }>;

/** How long after the repost menu opened the tip stays relevant. */
export const REPOST_TIP_MS = 2 * 60 * 1000;

/**
 * The composers worth showing: every part of each surface where the user has written something
 * (an empty home box is always on the page and is no reason to leave the overview).
 */
export function activeComposers(composers: ComposerState[]): OkComposer[] {
  const ok = composers.filter((composer): composer is OkComposer => composer.status === 'ok');
  const writing = new Set(ok.filter((composer) => composer.text.trim() !== '').map((c) => c.surface));
  return ok
    .filter((composer) => writing.has(composer.surface))
    .sort((a, b) => surfaces.indexOf(a.surface) - surfaces.indexOf(b.surface) || a.position - b.position);
}

type Props = { tabId: number; tabState: TabState | null; strategy: Strategy; now?: () => number };

/** The coach for one x.com tab: composers with their hints, or the overview when none is in use. */
export function TabCoach({ tabId, tabState, strategy, now = Date.now }: Props) {
  const composers = tabState?.composers ?? [];
  const active = activeComposers(composers);
  const unreadable = composers.filter((composer) => composer.status === 'unreadable');
  const { ignore, isIgnored } = useIgnoredHints(active);
  const [dismissedTip, setDismissedTip] = useState<number | null>(null);
  const tipAt = tabState?.repostTipAt;
  const tipLeft = tipAt === undefined || tipAt === dismissedTip ? 0 : REPOST_TIP_MS - (now() - tipAt);
  const showTip = tipLeft > 0;
  const [, expire] = useReducer((n: number) => n + 1, 0);
  // The last split made in this tab, for its undo (it outlives the hint it was offered under).
  const [split, setSplit] = useState<{ tabId: number; applied: AppliedSplit } | null>(null);
  const onSplit = useCallback((applied: AppliedSplit) => setSplit({ tabId, applied }), [tabId]);
  useEffect(() => {
    // The tip goes away by itself once it is no longer about what the user just did.
    if (tipLeft <= 0) return;
    const timer = setTimeout(expire, tipLeft);
    return () => clearTimeout(timer);
  }, [tipLeft]);

  const visibleHints = active.flatMap((composer) =>
    composer.report.hints.filter((hint) => !isIgnored(composer.id, hintKey(hint, composer.text))),
  );

  return (
    <SplitContext.Provider value={onSplit}>
      <LiveAnnouncer hints={visibleHints} />
      {split?.tabId === tabId && (
        <SplitDone tabId={tabId} split={split.applied} onClose={() => setSplit(null)} />
      )}
      {showTip && <RepostTip onDismiss={() => setDismissedTip(tipAt ?? null)} />}
      {unreadable.map((composer) => (
        <Unreadable key={composer.id} reason={composer.reason} />
      ))}
      {active.map((composer) => (
        <ComposerCard
          key={composer.id}
          composer={composer}
          parts={active.filter((other) => other.surface === composer.surface).length}
          tabId={tabId}
          strategy={strategy}
          isIgnored={(key) => isIgnored(composer.id, key)}
          onIgnore={(key) => ignore(composer.id, key)}
        />
      ))}
      {active.length === 0 && unreadable.length === 0 && <NoComposer strategy={strategy} />}
    </SplitContext.Provider>
  );
}
