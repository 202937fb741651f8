import { createContext, useContext } from 'react';

/** A split Kvitter made in X's composer, which one step can undo. */
export type AppliedSplit = { composerId: string; count: number };

/**
 * How a preview tells the panel that its split was made. The preview goes with the length hint,
 * which the split itself makes disappear, so the undo lives higher up, in the tab's coach.
 */
export const SplitContext = createContext<(applied: AppliedSplit) => void>(() => undefined);

/** The function that announces a split just made. */
export function useSplitApplied(): (applied: AppliedSplit) => void {
  return useContext(SplitContext);
}
