import { storage } from '@wxt-dev/storage';
import { type ChecklistItemId, canTick, checklistItemIds } from './items';

/** Items ticked by hand. Local to this device: they describe the user's own habits, not settings. */
export const TICKED_KEY = 'local:checklist-ticked';

const ticked = storage.defineItem<string[]>(TICKED_KEY, { fallback: [] });

/** Keeps only ids of items that can be ticked: stored data from another version may hold others. */
function clean(value: unknown): ChecklistItemId[] {
  if (!Array.isArray(value)) return [];
  return checklistItemIds.filter((id) => canTick(id) && value.includes(id));
}

/** The items the user ticked by hand. */
export async function readTicked(): Promise<ChecklistItemId[]> {
  return clean(await ticked.getValue());
}

/** Ticks or unticks an item and returns the new list. */
export async function setTicked(id: ChecklistItemId, on: boolean): Promise<ChecklistItemId[]> {
  const current = await readTicked();
  const next = on ? [...new Set([...current, id])] : current.filter((other) => other !== id);
  await ticked.setValue(next);
  return clean(next);
}

/** Calls `callback` whenever the ticked items change (in this or another popup). */
export function watchTicked(callback: (ids: ChecklistItemId[]) => void): () => void {
  return ticked.watch((value) => callback(clean(value)));
}
