import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveUiLanguage } from '../../lib/i18n/index';
import { followStrategy, listenForTabCommands, sendFromContent } from '../../lib/messaging/content';
import { analyzeDraft } from '../../lib/rules/index';
import type { Strategy } from '../../lib/strategy/schema';
import { Coach } from '../../lib/x/coach';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Marks the page so tests (and curious users) can see Kvitter is running; no draft is touched.
    document.documentElement.dataset.kvitter = 'ready';
    let strategy: Strategy | null = null;
    const coach = new Coach({
      ctx,
      analyze: (draft) => (strategy ? analyzeDraft(draft, strategy) : null),
      send: (message) => void sendFromContent(message),
      language: () => resolveUiLanguage(strategy?.uiLanguage ?? 'auto'),
    });
    // Read once, then follow storage changes: no round trip to the background per keystroke.
    ctx.onInvalidated(
      followStrategy((next) => {
        strategy = next;
        coach.reanalyse();
      }),
    );
    ctx.onInvalidated(
      listenForTabCommands(async (command) => {
        const outcome = await coach.applyFix(command.composerId, command.fix);
        return outcome.ok ? { ok: true } : { ok: false, errors: [{ path: '', message: outcome.message }] };
      }),
    );
    coach.start();
  },
});
