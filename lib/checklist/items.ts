/**
 * The profile and bio checklist: every item of table B in docs/advice.md, in its order. An
 * item's id is its advice id, so "Why?" finds the advice and its source directly.
 */
export const checklistItemIds = [
  'profile-photo',
  'bio-who',
  'secure-name',
  'profile-link',
  'handle-everywhere',
  'embed-feed',
  'follow-people',
  'use-lists',
  'mention-alerts',
  'have-strategy',
  'no-bought-followers',
  'verified',
] as const;

export type ChecklistItemId = (typeof checklistItemIds)[number];

/**
 * How an item is checked: `auto` from the profile scan or the strategy alone; `auto-or-hand`
 * automatically, with a part (or a confirmation) only the user can give; `hand` by the user
 * alone; `info` is advice to know, with nothing to tick and no place in the progress.
 */
export type ItemKind = 'auto' | 'auto-or-hand' | 'hand' | 'info';

export const itemKinds: Record<ChecklistItemId, ItemKind> = {
  'profile-photo': 'auto',
  'bio-who': 'auto-or-hand',
  'secure-name': 'auto',
  'profile-link': 'auto-or-hand',
  'handle-everywhere': 'hand',
  'embed-feed': 'hand',
  'follow-people': 'hand',
  'use-lists': 'hand',
  'mention-alerts': 'hand',
  'have-strategy': 'auto',
  'no-bought-followers': 'info',
  verified: 'info',
};

/** True when the user can tick the item (or a part of it) by hand. */
export function canTick(id: ChecklistItemId): boolean {
  const kind = itemKinds[id];
  return kind === 'hand' || kind === 'auto-or-hand';
}
