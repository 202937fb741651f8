import type { ComposerState, ContentMessage } from '../messaging/protocol';

type Snapshot = { url: string; composers: ComposerState[] };

/**
 * Whether the panel would show the same: same page and composers, and the very same report
 * objects (a report is reused for as long as its composer's text, kind and position stay the
 * same). Compared field by field rather than serialised: this runs on every keystroke.
 */
function sameTabState(a: Snapshot, b: Snapshot): boolean {
  if (a.url !== b.url || a.composers.length !== b.composers.length) return false;
  return a.composers.every((before, i) => {
    const after = b.composers[i];
    if (!after || before.id !== after.id || before.surface !== after.surface) return false;
    if (before.status === 'ok') return after.status === 'ok' && before.report === after.report;
    return after.status === 'unreadable' && before.reason === after.reason;
  });
}

/** Tells the side panel and the background about the tab's composers, only when that changed. */
export class TabStateSender {
  private sent: Snapshot | undefined;

  constructor(private readonly send: (message: ContentMessage) => void) {}

  /** Sends the snapshot unless it is what was sent last. */
  offer(snapshot: Snapshot): void {
    if (this.sent && sameTabState(this.sent, snapshot)) return;
    this.sent = snapshot;
    this.send({ type: 'tab-state', ...snapshot, sentAt: performance.timeOrigin + performance.now() });
  }
}
