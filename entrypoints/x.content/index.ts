import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveUiLanguage } from '../../lib/i18n/index';
import type { ContentMessage } from '../../lib/messaging/protocol';
import type { DraftInput, DraftReport } from '../../lib/rules/types';

import { Coach } from '../../lib/x/coach';
import { parseTabCommand } from '../../lib/x/tab-command';

/** Until the rule engine is wired in: a report with no hints, so the panel still sees the draft. */
function analyzePlaceholder(draft: DraftInput): DraftReport {
  return {
    weightedLength: draft.text.length,
    limit: 280,
    valid: draft.text.length <= 280,
    language: 'und',
    hashtags: [],
    topics: [],
    hints: [],
  };
}

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Marks the page so tests (and curious users) can see Kvitter is running; no draft is touched.
    document.documentElement.dataset.kvitter = 'ready';
    const strategy = { uiLanguage: 'auto' as const };
    const coach = new Coach({
      ctx,
      analyze: (draft) => analyzePlaceholder(draft),
      send: (message: ContentMessage) => {
        // The worker may be restarting or the extension updated: a lost report is replaced by the next.
        browser.runtime.sendMessage(message).catch(() => undefined);
      },
      language: () => resolveUiLanguage(strategy.uiLanguage),
    });
    coach.start();

    const onMessage = (message: unknown) => {
      const command = parseTabCommand(message);
      if (!command) return undefined;
      return coach
        .applyFix(command.composerId, command.fix)
        .then((outcome) =>
          outcome.ok ? { ok: true } : { ok: false, errors: [{ path: '', message: outcome.message }] },
        );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
