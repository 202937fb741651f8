import type { ContentMessage } from '../messaging/protocol';
import type { DraftReport } from '../rules/types';
import type { FoundComposer } from './composers';
import { readDraftText } from './draft-text';

/** How long X may take to clear or close the composer after Post before we assume it did not post. */
const postConfirmWindowMs = 2500;

type Pending = {
  /** The first part of what was posted: it empties or disappears once X accepted the post. */
  lead: HTMLElement;
  message: Extract<ContentMessage, { type: 'post-made' }>;
  deadline: number;
};

/**
 * Watches a Post click (or Ctrl/Cmd+Enter) until X confirms it by emptying or closing the
 * composer, then yields one `post-made` entry: kind, written standard and hashtag count, never text.
 */
export class PostWatch {
  private pending: Pending[] = [];

  /** Starts watching the composers a Post action sends; ignores an action on an empty draft. */
  start(group: FoundComposer[], reports: (id: string) => DraftReport | undefined, now: number): boolean {
    const lead = group.find((composer) => !composer.unreadable);
    if (!lead) return false;
    const text = readDraftText(lead.element);
    if (!text?.trim()) return false;
    if (this.pending.some((entry) => entry.lead === lead.element)) return false;
    const report = reports(lead.id);
    this.pending.push({
      lead: lead.element,
      deadline: now + postConfirmWindowMs,
      message: {
        type: 'post-made',
        kind: lead.kind,
        language: report?.language ?? 'und',
        hashtagCount: group.reduce((sum, composer) => sum + (reports(composer.id)?.hashtags.length ?? 0), 0),
      },
    });
    return true;
  }

  /** True while a Post action waits for confirmation. */
  get waiting(): boolean {
    return this.pending.length > 0;
  }

  /** The confirmed posts since the last check; expired ones (X refused, or the user kept typing) are dropped. */
  check(now: number): Array<Extract<ContentMessage, { type: 'post-made' }>> {
    const confirmed: Array<Extract<ContentMessage, { type: 'post-made' }>> = [];
    this.pending = this.pending.filter((entry) => {
      const gone = !entry.lead.isConnected;
      const emptied = !gone && (readDraftText(entry.lead) ?? '').trim() === '';
      if (gone || emptied) {
        confirmed.push(entry.message);
        return false;
      }
      return now < entry.deadline;
    });
    return confirmed;
  }
}
