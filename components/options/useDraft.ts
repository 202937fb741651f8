import { useCallback, useEffect, useRef, useState } from 'react';
import type { StrategySnapshot } from '../../lib/messaging/client';
import type { Strategy } from '../../lib/strategy/schema';
import { setIn } from './draft';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The strategy under edit, kept apart from the stored one. A change to the stored strategy
 * (another page, another device) replaces the draft only when the user has no unsaved edits,
 * and this page loads the result of its own save, undo, import or reset itself (load()).
 */
export function useDraft(snapshot: StrategySnapshot | undefined) {
  const [draft, setDraft] = useState<Strategy | null>(null);
  const [base, setBase] = useState<Strategy | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const baseRef = useRef(base);
  baseRef.current = base;

  useEffect(() => {
    if (!snapshot) return;
    const incoming = snapshot.strategy;
    const untouched = draftRef.current === null || same(draftRef.current, baseRef.current);
    setBase(incoming);
    if (untouched) setDraft(incoming);
  }, [snapshot]);

  const update = useCallback((path: readonly (string | number)[], value: unknown) => {
    setDraft((current) => (current ? setIn(current, path, value) : current));
  }, []);

  return {
    draft,
    dirty: draft !== null && base !== null && !same(draft, base),
    update,
    replace: setDraft,
    discard: () => setDraft(baseRef.current),
    /** Takes `strategy` as both the stored and the edited one (after this page changed storage). */
    load: (strategy: Strategy) => {
      setBase(strategy);
      setDraft(strategy);
    },
  };
}
