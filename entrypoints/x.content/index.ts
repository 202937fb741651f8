import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { xMatchPatterns } from '../../lib/core/hosts';
import { resolveUiLanguage } from '../../lib/i18n/index';
import { followStrategy, listenForTabCommands, sendFromContent } from '../../lib/messaging/content';
import { openLiveChannel } from '../../lib/messaging/live';
import { emptyReport } from '../../lib/rules/empty-report';
import type { analyzeDraft } from '../../lib/rules/index';
import type { Strategy } from '../../lib/strategy/schema';
import { Coach } from '../../lib/x/coach';
import { loadEngine } from '../../lib/x/engine';

export default defineContentScript({
  matches: xMatchPatterns,
  runAt: 'document_idle',
  // WXT's default also announces the script to the page with window.postMessage, which every
  // message listener of x.com would hear. The custom event WXT sends as well is enough to stop
  // an older copy after an update.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The browser has just made this script's world and compiled it, in this same task: starting
    // the coach in the next one keeps each of the two short.
    ctx.setTimeout(() => start(ctx), 0);
  },
});

/** Wires the coach to the page, the analysis, storage and the side panel. */
function start(ctx: ContentScriptContext): void {
  let strategy: Strategy | null = null;
  // Until both the engine and the strategy are here, the coach has nothing true to report yet,
  // except for empty drafts. The engine loads once someone starts to write.
  let analyze: typeof analyzeDraft | null = null;
  // Resolved when it can change, not per run: navigator.languages builds a new array on every read.
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
    analyze: (draft) => {
      if (!strategy) return null;
      if (analyze) return analyze(draft, strategy);
      return draft.text === '' ? emptyReport(strategy) : null;
    },
    writing: () =>
      loadEngine().then(
        (loaded) => {
          analyze = loaded;
          coach.reanalyse();
        },
        (error: unknown) => coach.analysisFailed(`analysis engine did not load: ${String(error)}`),
      ),
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
      const outcome =
        command.type === 'apply-fix'
          ? await coach.applyFix(command.composerId, command.fix)
          : command.type === 'apply-split'
            ? await coach.applySplit(command.composerId, command.parts)
            : await coach.undoSplit();
      return outcome.ok ? { ok: true } : { ok: false, errors: [{ path: '', message: outcome.message }] };
    }),
  );
  coach.start();
}
