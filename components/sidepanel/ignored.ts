import { useCallback, useEffect, useState } from 'react';
import type { Hint } from '../../lib/rules/types';

/**
 * A hint's identity within one draft: its rule, the words it is about and what its fix would
 * write (two hashtag suggestions are about the whole draft and differ only in the tag they add).
 * Offsets shift as the user types before them and messages may carry counts, so neither
 * identifies a hint over time.
 */
export function hintKey(hint: Hint, text: string): string {
  const about = hint.range ? text.slice(hint.range.start, hint.range.end) : '';
  return `${hint.ruleId}|${hint.adviceId}|${about}|${hint.fix?.text ?? ''}`;
}

type Ignored = Record<string, string[]>;

/**
 * Hints the user chose to ignore, per composer, for the current draft only: the list is
 * dropped when the composer is emptied (posted or cleared) or goes away.
 */
export function useIgnoredHints(drafts: { id: string; text: string }[]) {
  const [ignored, setIgnored] = useState<Ignored>({});
  const live = drafts
    .filter((draft) => draft.text.trim() !== '')
    .map((draft) => draft.id)
    .join('\n');

  useEffect(() => {
    const keep = new Set(live.split('\n'));
    setIgnored((current) => {
      const entries = Object.entries(current).filter(([id]) => keep.has(id));
      return entries.length === Object.keys(current).length ? current : Object.fromEntries(entries);
    });
  }, [live]);

  const ignore = useCallback((composerId: string, key: string) => {
    setIgnored((current) => ({ ...current, [composerId]: [...(current[composerId] ?? []), key] }));
  }, []);

  const isIgnored = useCallback(
    (composerId: string, key: string) => ignored[composerId]?.includes(key) ?? false,
    [ignored],
  );

  return { ignore, isIgnored };
}
