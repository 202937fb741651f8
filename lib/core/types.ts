/**
 * Types every layer shares. This module imports nothing of the project: it sits at the bottom,
 * so any file may import it without pulling a higher layer along.
 */

/** UTF-16 offsets into a draft's text, end exclusive: the indices the DOM and twitter-text use. */
export type TextRange = { start: number; end: number };

/** A text in each UI language. */
export type LocalizedText = { nb: string; nn: string; en: string };

/** Shorthand for a text in all three languages. */
export const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

export const severities = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof severities)[number];

/** An error a person can act on: which field (dot path, '' for the whole document) and what is wrong. */
export type FieldError = { path: string; message: string };

/** Where the strategy is kept: synced across the user's browsers, or on this device when too large for sync. */
export type StrategyLocation = 'sync' | 'local';

/** What a composer writes: a post of its own, a reply, or a quote of another post. */
export const draftKinds = ['post', 'reply', 'quote'] as const;
export type DraftKind = (typeof draftKinds)[number];
