import type { ProfileScan } from '../messaging/protocol';
import type { Strategy } from '../strategy/schema';
import { type ChecklistItemId, checklistItemIds, type ItemKind, itemKinds } from './items';

export type ItemState = 'done' | 'todo' | 'unknown';

/** Why an item has its state; the popup's catalogue turns each into a sentence. */
export type Reason =
  | 'not-scanned'
  | 'photo-default'
  | 'photo-own'
  | 'bio-missing'
  | 'bio-present'
  | 'bio-names-brand'
  | 'bio-lacks-brand'
  | 'confirmed-by-hand'
  | 'no-brand-names'
  | 'name-matches'
  | 'name-differs'
  | 'website-missing'
  | 'homepage-unconfirmed'
  | 'website-and-homepage'
  | 'ticked'
  | 'not-ticked'
  | 'strategy-complete'
  | 'strategy-incomplete'
  | 'strategy-unknown'
  | 'advice-only'
  | 'verified'
  | 'not-verified';

export type ItemResult = {
  id: ChecklistItemId;
  kind: ItemKind;
  state: ItemState;
  reason: Reason;
  /** Values the reason's sentence needs: missing strategy parts, brand names, counts. */
  params: Record<string, string | number>;
  /** Ticked by hand (for items that can be). */
  ticked: boolean;
};

export type ChecklistInput = {
  /** The last scan of the user's own profile; null when it was never scanned. */
  scan: ProfileScan | null;
  /** Null while the strategy is not known. */
  strategy: Strategy | null;
  ticked: readonly ChecklistItemId[];
};

/** Lower case, letters and digits only: "Kvitter AS" and "@kvitter_as" compare as one name. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function mentionsAny(text: string, names: readonly string[]): boolean {
  const haystack = squash(text);
  return names.some((name) => squash(name) !== '' && haystack.includes(squash(name)));
}

/** The parts of "have a strategy" still missing: audience, topics, cadence (docs/advice.md). */
export function missingStrategyParts(strategy: Strategy): Array<'audience' | 'topics' | 'cadence'> {
  const missing: Array<'audience' | 'topics' | 'cadence'> = [];
  if (strategy.audience.trim() === '') missing.push('audience');
  if (strategy.topics.length === 0) missing.push('topics');
  if (strategy.postsPerWeek === 0) missing.push('cadence');
  return missing;
}

type Verdict = Pick<ItemResult, 'state' | 'reason'> & { params?: ItemResult['params'] };

function judge(id: ChecklistItemId, { scan, strategy }: ChecklistInput, ticked: boolean): Verdict {
  const brands = strategy?.brandNames ?? [];
  switch (id) {
    case 'profile-photo':
      if (!scan) return { state: 'unknown', reason: 'not-scanned' };
      return scan.hasDefaultAvatar
        ? { state: 'todo', reason: 'photo-default' }
        : { state: 'done', reason: 'photo-own' };
    case 'bio-who': {
      if (ticked) return { state: 'done', reason: 'confirmed-by-hand' };
      if (!scan) return { state: 'unknown', reason: 'not-scanned' };
      if (!scan.bio?.trim()) return { state: 'todo', reason: 'bio-missing' };
      // A company voice should say whose it is: the seed asks for it "especially on a company account".
      const speaksForCompany = strategy !== null && strategy.accountType !== 'personal' && brands.length > 0;
      if (!speaksForCompany) return { state: 'done', reason: 'bio-present' };
      return mentionsAny(scan.bio, brands)
        ? { state: 'done', reason: 'bio-names-brand' }
        : { state: 'todo', reason: 'bio-lacks-brand', params: { brands: brands.join(', ') } };
    }
    case 'secure-name':
      if (!scan) return { state: 'unknown', reason: 'not-scanned' };
      if (brands.length === 0) return { state: 'unknown', reason: 'no-brand-names' };
      return mentionsAny(`${scan.handle} ${scan.displayName}`, brands)
        ? { state: 'done', reason: 'name-matches', params: { handle: scan.handle } }
        : {
            state: 'todo',
            reason: 'name-differs',
            params: { handle: scan.handle, brands: brands.join(', ') },
          };
    case 'profile-link':
      if (!scan) return { state: 'unknown', reason: 'not-scanned' };
      if (!scan.website) return { state: 'todo', reason: 'website-missing' };
      return ticked
        ? { state: 'done', reason: 'website-and-homepage' }
        : { state: 'todo', reason: 'homepage-unconfirmed', params: { website: scan.website } };
    case 'follow-people': {
      const params = scan?.followingCount != null ? { following: scan.followingCount } : undefined;
      return { state: ticked ? 'done' : 'todo', reason: ticked ? 'ticked' : 'not-ticked', params };
    }
    case 'have-strategy': {
      if (!strategy) return { state: 'unknown', reason: 'strategy-unknown' };
      const missing = missingStrategyParts(strategy);
      return missing.length === 0
        ? { state: 'done', reason: 'strategy-complete' }
        : { state: 'todo', reason: 'strategy-incomplete', params: { missing: missing.join(',') } };
    }
    case 'no-bought-followers':
      return { state: 'unknown', reason: 'advice-only' };
    case 'verified':
      if (!scan) return { state: 'unknown', reason: 'not-scanned' };
      return scan.verified
        ? { state: 'done', reason: 'verified' }
        : { state: 'unknown', reason: 'not-verified' };
    default:
      return { state: ticked ? 'done' : 'todo', reason: ticked ? 'ticked' : 'not-ticked' };
  }
}

/**
 * Every checklist item with its state, from the last profile scan, the strategy and the items
 * the user ticked by hand. Pure: the popup renders what this returns.
 */
export function evaluateChecklist(input: ChecklistInput): ItemResult[] {
  return checklistItemIds.map((id) => {
    const kind = itemKinds[id];
    const ticked = (kind === 'hand' || kind === 'auto-or-hand') && input.ticked.includes(id);
    const verdict = judge(id, input, ticked);
    return { id, kind, ticked, state: verdict.state, reason: verdict.reason, params: verdict.params ?? {} };
  });
}

/** Progress over the items that can be done (advice-only items do not count). */
export function checklistProgress(results: readonly ItemResult[]): { done: number; total: number } {
  const counted = results.filter((result) => result.kind !== 'info');
  return { done: counted.filter((result) => result.state === 'done').length, total: counted.length };
}
