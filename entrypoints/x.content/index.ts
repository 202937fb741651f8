import { defineContentScript } from 'wxt/utils/define-content-script';
import { resolveUiLanguage } from '../../lib/i18n/index';
import { followStrategy, listenForTabCommands, sendFromContent } from '../../lib/messaging/content';
import { openLiveChannel } from '../../lib/messaging/live';
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
    // Resolved when it can change, not per frame: navigator.languages builds a new array on every read.
    let language = resolveUiLanguage('auto');
    const resolveLanguage = () => {
      language = resolveUiLanguage(strategy?.uiLanguage ?? 'auto');
    };
    ctx.addEventListener(window, 'languagechange', resolveLanguage);
    // Tab states go on every keystroke, so they take the cheap live channel; the rest are one-offs.
    const live = openLiveChannel();
    ctx.onInvalidated(() => live.close());
    const coach = new Coach({
      ctx,
      analyze: (draft) => (strategy ? analyzeDraft(draft, strategy) : null),
      send: (message) => (message.type === 'tab-state' ? live.post(message) : void sendFromContent(message)),
      language: () => language,
    });
    // Read once, then follow storage changes: no round trip to the background per keystroke.
    ctx.onInvalidated(
      followStrategy((next) => {
        strategy = next;
        resolveLanguage();
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
