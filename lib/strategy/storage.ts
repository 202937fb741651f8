import { storage } from '@wxt-dev/storage';
import type { FieldError, StrategyLocation } from '../core/types';
import { defaultStrategy } from './defaults';
import { STRATEGY_KEY, STRATEGY_META_KEY } from './keys';
import { loadStrategy } from './parse';
import type { Strategy, UiLanguage } from './schema';

/**
 * Where the strategy lives. The same key in two areas: `sync:strategy` follows the user across
 * browsers; `local:strategy` holds it when it is too large for sync (8 KB per item) or sync
 * refuses a write. Each copy's metadata (`strategy$`, @wxt-dev/storage's convention) holds the
 * version and `savedAt`; the newer copy wins, so a half-finished move between areas can never
 * bring back an older strategy.
 */
export { STRATEGY_KEY, STRATEGY_META_KEY };

export const strategyAreas = ['sync', 'local'] as const satisfies readonly StrategyLocation[];

/** storage.sync's QUOTA_BYTES_PER_ITEM (Chrome and Firefox): the key plus the JSON of the value. */
export const SYNC_ITEM_QUOTA = 8192;

export type StrategyMeta = { v?: number; savedAt?: number };

/** One area's copy as found in storage. */
export type StoredCopy = { area: StrategyLocation; value: unknown; savedAt: number };

/** Reads both copies as they are, in one call per area (value and metadata together). */
export async function readCopies(): Promise<StoredCopy[]> {
  const copies = await Promise.all(
    strategyAreas.map(async (area): Promise<StoredCopy | null> => {
      const [value, meta] = await storage.getItems([
        `${area}:${STRATEGY_KEY}`,
        `${area}:${STRATEGY_META_KEY}`,
      ]);
      if (value?.value == null) return null;
      const savedAt = (meta?.value as StrategyMeta | null)?.savedAt;
      return { area, value: value.value, savedAt: typeof savedAt === 'number' ? savedAt : 0 };
    }),
  );
  return copies.filter((copy): copy is StoredCopy => copy !== null);
}

/** The copy in use: the newest; on a tie sync wins (it is what other devices see too). */
function currentCopy(copies: readonly StoredCopy[]): StoredCopy | null {
  let best: StoredCopy | null = null;
  for (const copy of copies) {
    if (!best || copy.savedAt > best.savedAt || (copy.savedAt === best.savedAt && copy.area === 'sync')) {
      best = copy;
    }
  }
  return best;
}

export type ResolvedStrategy = {
  strategy: Strategy;
  location: StrategyLocation;
  /** Set when the copy in use cannot be read (newer version, damaged): defaults are shown, the copy is kept. */
  refused?: FieldError[];
  /** The version the copy in use was migrated from, when it was older. */
  migratedFrom?: number;
  copy: StoredCopy | null;
};

/** Decides which strategy applies, from the stored copies. Pure: any context can run it. */
export function resolveStrategy(copies: readonly StoredCopy[], language?: UiLanguage): ResolvedStrategy {
  const copy = currentCopy(copies);
  if (!copy) return { strategy: defaultStrategy, location: 'sync', copy };
  const loaded = loadStrategy(copy.value, language);
  if (!loaded.ok) return { strategy: defaultStrategy, location: copy.area, refused: loaded.errors, copy };
  return {
    strategy: loaded.strategy,
    location: copy.area,
    ...(loaded.migratedFrom !== null ? { migratedFrom: loaded.migratedFrom } : {}),
    copy,
  };
}

/** Reads and resolves the strategy without writing anything. */
export async function readStrategy(language?: UiLanguage): Promise<ResolvedStrategy> {
  return resolveStrategy(await readCopies(), language);
}

/** UTF-8 size of a value as storage.sync counts it against the per-item quota. */
export function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/**
 * The strategy as it was before the last save, import, reset or addition, for one step of undo.
 * In storage.session: it survives a service-worker restart but not the browser's.
 */
export const STRATEGY_UNDO_KEY = 'session:strategy-undo';

/** Whether an undo step is stored; false where storage.session is out of reach (content scripts). */
export async function readCanUndo(): Promise<boolean> {
  try {
    return (await storage.getItem(STRATEGY_UNDO_KEY)) != null;
  } catch {
    return false;
  }
}
