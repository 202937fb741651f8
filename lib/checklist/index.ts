export {
  type ChecklistInput,
  checklistProgress,
  evaluateChecklist,
  type ItemResult,
  type ItemState,
  missingStrategyParts,
  type Reason,
} from './evaluate';
export { type ChecklistItemId, canTick, checklistItemIds, type ItemKind, itemKinds } from './items';
export { readTicked, setTicked, TICKED_KEY, watchTicked } from './storage';
