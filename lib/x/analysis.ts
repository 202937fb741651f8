import type { ComposerState } from '../messaging/protocol';
import type { DraftInput, DraftReport } from '../rules/types';
import type { FoundComposer } from './composers';

type Analysed = { text: string; kind: string; position: number; report: DraftReport };

/**
 * Each composer's latest report, by composer id: a draft is analysed again only when its text,
 * kind or position changed, and the very same report object is reused otherwise (the side panel
 * is told only about new ones).
 */
export class DraftAnalysis {
  private readonly analysed = new Map<string, Analysed>();
  /** Why drafts cannot be analysed at all (the engine failed to load). */
  private failure: string | undefined;

  constructor(
    /** The rule engine with the current strategy, or null while the strategy or the engine is loading. */
    private readonly analyze: (draft: DraftInput) => DraftReport | null,
  ) {}

  /**
   * The composer as the side panel should see it, given its text as just read (null when it
   * cannot be read); null while the strategy (or, for a draft with text, the engine) is loading.
   */
  stateOf(composer: FoundComposer, text: string | null): ComposerState | null {
    const { id, surface, kind, position } = composer;
    if (text === null) {
      this.analysed.delete(id);
      return { status: 'unreadable', id, surface, reason: composer.unreadable ?? 'no text' };
    }
    if (this.failure && text !== '') return { status: 'unreadable', id, surface, reason: this.failure };
    let entry = this.analysed.get(id);
    if (!entry || entry.text !== text || entry.kind !== kind || entry.position !== position) {
      const report = this.analyze({ text, kind, position });
      if (!report) return null;
      entry = { text, kind, position, report };
      this.analysed.set(id, entry);
    }
    return { status: 'ok', id, surface, kind, position, text, report: entry.report };
  }

  /** The last report of a composer, if it has one. */
  reportOf(id: string): DraftReport | undefined {
    return this.analysed.get(id)?.report;
  }

  /** Drops the reports of composers that are gone. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.analysed.keys()) if (!ids.has(id)) this.analysed.delete(id);
  }

  /** Forgets every report (the strategy or the engine changed). */
  clear(): void {
    this.analysed.clear();
  }

  /** From now on drafts with text are shown as ones Kvitter cannot check, with this reason. */
  fail(reason: string): void {
    this.failure = reason;
    this.clear();
  }
}
