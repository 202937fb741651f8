import { storage } from '@wxt-dev/storage';
import type { FieldError, StrategyLocation } from '../core/types';
import { defaultStrategy } from './defaults';
import { defaultLanguage, strategyText } from './errors';
import { exclusive } from './exclusive';
import { loadStrategy, parseStrategy } from './parse';
import { STRATEGY_VERSION, type Strategy, type UiLanguage } from './schema';
import {
  readCanUndo,
  readCopies,
  resolveStrategy,
  STRATEGY_KEY,
  STRATEGY_META_KEY,
  STRATEGY_UNDO_KEY,
  type StoredCopy,
  type StrategyMeta,
  SYNC_ITEM_QUOTA,
  syncItemBytes,
} from './storage';
import { exportDocument, parseImport } from './transfer';

export type WriteResult = { ok: true } | { ok: false; errors: FieldError[] };

/** The strategy in force, as every page and the content script see it. */
export type StrategySnapshot = {
  strategy: Strategy;
  location: StrategyLocation;
  /** Set when storage holds a strategy this version cannot read: it is kept, and defaults are shown. */
  refused?: FieldError[];
  canUndo: boolean;
};

/** Where a migrated copy's original is kept, in case the migration got something wrong. */
export const migrationBackupKey = (version: number) => `local:strategy-backup-v${version}` as const;

const LOCK = 'strategy';

/**
 * The only writer of the strategy (the background owns it). Every change runs under one lock and
 * re-reads storage first, so concurrent requests apply one after another and none is lost.
 */
export class StrategyStore {
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }

  /** The strategy in force, where it lives, whether it was refused, and whether undo is possible. */
  async get(language?: UiLanguage): Promise<StrategySnapshot> {
    const [resolved, canUndo] = await Promise.all([this.resolve(language), readCanUndo()]);
    return {
      strategy: resolved.strategy,
      location: resolved.location,
      ...(resolved.refused ? { refused: resolved.refused } : {}),
      canUndo,
    };
  }

  /**
   * Writes an older stored strategy back in the current version, keeping the original under
   * migrationBackupKey. A newer or damaged one is left exactly as it is. Migrations run here
   * only, not as @wxt-dev/storage item migrations: those would rewrite a copy before its
   * original could be backed up.
   */
  async migrateStored(): Promise<{ migratedFrom: number } | null> {
    return exclusive(LOCK, async () => {
      const copies = await readCopies();
      const resolved = resolveStrategy(copies);
      if (resolved.migratedFrom === undefined || !resolved.copy) return null;
      await storage.setItem(migrationBackupKey(resolved.migratedFrom), resolved.copy.value);
      await this.write(resolved.strategy, copies);
      return { migratedFrom: resolved.migratedFrom };
    });
  }

  /** Validates and saves a strategy from the options page; the previous one becomes the undo step. */
  async save(input: unknown, language?: UiLanguage): Promise<WriteResult> {
    const parsed = parseStrategy(input, language);
    if (!parsed.ok) return parsed;
    return this.replace(() => parsed.strategy, language);
  }

  /** Imports an export file; on any error storage is left untouched. */
  async import(text: string, language?: UiLanguage): Promise<WriteResult> {
    const parsed = parseImport(text, language);
    if (!parsed.ok) return parsed;
    return this.replace(() => parsed.strategy, language);
  }

  /** Puts the defaults back (undoable). */
  async reset(): Promise<{ ok: true }> {
    const result = await this.replace(() => defaultStrategy);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    return result;
  }

  /**
   * Adds a hashtag to the preferred list, or a keyword to a topic, on top of whatever is stored
   * at that moment (a no-op when it is there already).
   */
  async add(
    change: { kind: 'hashtag' | 'keyword'; value: string; topic?: string },
    language?: UiLanguage,
  ): Promise<WriteResult> {
    return this.replace((current) => {
      const next = structuredClone(current);
      const value = change.value.trim();
      const same = (a: string, b: string) =>
        a.replace(/^#/, '').toLowerCase() === b.replace(/^#/, '').toLowerCase();
      if (change.kind === 'hashtag') {
        if (!next.hashtags.preferred.some((tag) => same(tag, value))) {
          next.hashtags.preferred.push(value.startsWith('#') ? value : `#${value}`);
        }
        return next;
      }
      const topicName = change.topic?.trim() || value;
      const topic = next.topics.find((t) => same(t.name, topicName));
      if (!topic) next.topics.push({ name: topicName, keywords: [value] });
      else if (!topic.keywords.some((k) => same(k, value))) topic.keywords.push(value);
      return next;
    }, language);
  }

  /** Goes back to the strategy before the last change; one step. */
  async undo(language?: UiLanguage): Promise<WriteResult> {
    const lang = defaultLanguage(language);
    return exclusive(LOCK, async () => {
      const stored = (await storage.getItem<{ strategy: unknown }>(STRATEGY_UNDO_KEY))?.strategy;
      const previous = stored === undefined ? null : loadStrategy(stored, lang);
      if (!previous?.ok)
        return { ok: false, errors: [{ path: '', message: strategyText(lang, 'nothingToUndo') }] };
      const result = await this.tryWrite(previous.strategy, await readCopies(), lang);
      if (result.ok) await storage.removeItem(STRATEGY_UNDO_KEY);
      return result;
    });
  }

  /** The export file of the strategy in force. */
  async export(): Promise<{ text: string; filename: string }> {
    const resolved = await this.resolve();
    return exportDocument(resolved.strategy, new Date(this.now()));
  }

  private async resolve(language?: UiLanguage) {
    return resolveStrategy(await readCopies(), language);
  }

  /** Computes the next strategy from the stored one under the lock, writes it and records undo. */
  private replace(next: (current: Strategy) => Strategy, language?: UiLanguage): Promise<WriteResult> {
    const lang = defaultLanguage(language);
    return exclusive(LOCK, async () => {
      const copies = await readCopies();
      const resolved = resolveStrategy(copies, lang);
      const strategy = next(resolved.strategy);
      const checked = parseStrategy(strategy, lang);
      if (!checked.ok) return checked;
      const result = await this.tryWrite(checked.strategy, copies, lang);
      // A refused copy is kept in storage as it is; undo only steps back to strategies this version can read.
      if (result.ok && !resolved.refused) {
        await storage.setItem(STRATEGY_UNDO_KEY, { strategy: resolved.strategy });
      }
      return result;
    });
  }

  private async tryWrite(
    strategy: Strategy,
    copies: StoredCopy[],
    language: UiLanguage,
  ): Promise<WriteResult> {
    try {
      await this.write(strategy, copies);
      return { ok: true };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', message: strategyText(language, 'saveFailed', { detail }) }] };
    }
  }

  /**
   * Writes to sync when it fits and sync accepts it, else to local. Value and metadata go in one
   * `set` per area, so no reader ever sees one without the other. A copy this version cannot
   * read (from a newer Kvitter, say) is never overwritten or removed.
   */
  private async write(strategy: Strategy, copies: StoredCopy[]): Promise<StrategyLocation> {
    const savedAt = Math.max(this.now(), ...copies.map((copy) => copy.savedAt + 1));
    const meta: StrategyMeta = { v: STRATEGY_VERSION, savedAt };
    const readable = (area: StrategyLocation) => {
      const copy = copies.find((c) => c.area === area);
      return !copy || loadStrategy(copy.value).ok;
    };
    const entries = (area: StrategyLocation) => [
      { key: `${area}:${STRATEGY_KEY}` as const, value: strategy },
      { key: `${area}:${STRATEGY_META_KEY}` as const, value: meta },
    ];
    if (readable('sync') && syncItemBytes(STRATEGY_KEY, strategy) <= SYNC_ITEM_QUOTA) {
      try {
        await storage.setItems(entries('sync'));
        if (copies.some((c) => c.area === 'local') && readable('local')) {
          // Older than what sync now holds; failing to remove it changes nothing readers see.
          await storage.removeItems([`local:${STRATEGY_KEY}`, `local:${STRATEGY_META_KEY}`]).catch(() => {});
        }
        return 'sync';
      } catch {
        // Quota, write-rate limit or sync switched off: fall through and keep it on this device.
      }
    }
    await storage.setItems(entries('local'));
    return 'local';
  }
}
