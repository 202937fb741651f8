import type { UiLanguage } from '../core/languages';
import type { FieldError } from '../core/types';
import { resolveUiLanguage } from '../i18n';
import { describeError, failure } from '../messaging/failure';
import { type LivePort, parseLive, TAB_STATE_PORT } from '../messaging/live';
import {
  type ContentMessage,
  type ContentResponse,
  type ContentStrategyResponse,
  contentMessageSchema,
  type PageMessage,
  pageMessageSchema,
  type TabCommand,
} from '../messaging/protocol';
import { contentResponseSchema, issueSummary, type PageResponses } from '../messaging/responses';
import { isExtensionPage, type Sender, xTabOf } from '../messaging/senders';
import { readProfileScan, readTabState } from '../messaging/session';
import { appendPost, readPostLog } from '../postlog/log';
import { computeStats } from '../postlog/stats';
import { strategyText } from '../strategy/errors';
import { readStrategy } from '../strategy/storage';
import type { StrategyStore } from '../strategy/store';
import {
  dismissSuggestion,
  forgetLearned,
  learnPosts,
  readLearning,
  readSuggestions,
  setLearning,
} from './learned';
import { clearTabState, recordProfileScan, recordRepostMenu, recordTabState } from './tab-state';

/** What the router needs from the background; tests pass fakes. */
export type RouterDeps = {
  store: StrategyStore;
  now: () => number;
  /** Opens the coach; called synchronously so the user's gesture still counts. */
  openCoach: (target: { tabId?: number; windowId?: number; tabUrl?: string }) => Promise<void>;
  /** Gives an x.com tab its own side panel. */
  enableCoachForTab: (tabId: number) => void;
  /** browser.tabs.sendMessage; needs no 'tabs' permission. */
  sendToTab: (tabId: number, command: TabCommand) => Promise<unknown>;
};

type Answer = { ok: false; errors: FieldError[] };

/** The language to answer in: the page's when it says, else the user's choice, else the browser's. */
async function answerLanguage(message: unknown): Promise<UiLanguage> {
  const asked = (message as { language?: unknown } | null)?.language;
  if (asked === 'nb' || asked === 'nn' || asked === 'en') return asked;
  try {
    return resolveUiLanguage((await readStrategy()).strategy.uiLanguage);
  } catch {
    return resolveUiLanguage('auto');
  }
}

async function fail(
  message: unknown,
  key: 'badMessage' | 'senderRefused' | 'internalError',
  detail = '',
): Promise<Answer> {
  return failure([{ path: '', message: strategyText(await answerLanguage(message), key, { detail }) }]);
}

/**
 * Answers one runtime message. Content messages are taken only from Kvitter's content script on
 * x.com tabs, page messages only from Kvitter's own pages; every message is checked with zod.
 * Never rejects: anything malformed or failing is answered with `{ ok: false, errors }`.
 */
export function routeMessage(message: unknown, sender: Sender, deps: RouterDeps): Promise<unknown> {
  try {
    const tab = xTabOf(sender);
    if (tab)
      return handleContent(message, tab, deps).catch((error) =>
        fail(message, 'internalError', describeError(error)),
      );
    if (isExtensionPage(sender)) {
      return handlePage(message, deps).catch((error) => fail(message, 'internalError', describeError(error)));
    }
    return fail(message, 'senderRefused');
  } catch (error) {
    return fail(message, 'internalError', describeError(error));
  }
}

/** Not async until the message is checked: 'open-coach' must reach the browser inside the gesture. */
function handleContent(
  message: unknown,
  tab: { tabId: number; windowId?: number; url: string },
  deps: RouterDeps,
): Promise<ContentResponse | ContentStrategyResponse> {
  const parsed = contentMessageSchema.safeParse(message);
  if (!parsed.success) return fail(message, 'badMessage', issueSummary(parsed.error));
  const msg: ContentMessage = parsed.data;
  if (msg.type === 'open-coach') {
    return deps.openCoach({ ...tab, tabUrl: tab.url }).then(
      () => ({ ok: true }),
      async (error) =>
        failure([
          {
            path: '',
            message: strategyText(await answerLanguage(null), 'coachUnavailable', {
              detail: describeError(error),
            }),
          },
        ]),
    );
  }
  return applyContent(msg, tab, deps);
}

async function applyContent(
  msg: Exclude<ContentMessage, { type: 'open-coach' }>,
  tab: { tabId: number; url: string },
  deps: RouterDeps,
): Promise<ContentResponse | ContentStrategyResponse> {
  switch (msg.type) {
    case 'tab-state':
      deps.enableCoachForTab(tab.tabId);
      await recordTabState(
        tab.tabId,
        {
          url: msg.url,
          composers: msg.composers,
          ...(msg.sentAt !== undefined ? { sentAt: msg.sentAt } : {}),
        },
        deps.now(),
      );
      return { ok: true };
    case 'repost-menu-opened':
      await recordRepostMenu(tab.tabId, tab.url, deps.now());
      return { ok: true };
    case 'post-made':
      // Only these four facts are kept: never the text.
      await appendPost({ t: deps.now(), kind: msg.kind, language: msg.language, hashtags: msg.hashtagCount });
      return { ok: true };
    case 'profile-scan':
      await recordProfileScan(msg.scan);
      return { ok: true };
    case 'own-posts':
      // Counted and dropped: only stems and tags are kept (lib/background/learned.ts).
      await learnPosts(msg.posts);
      return { ok: true };
    case 'get-strategy':
      return { ok: true, strategy: (await deps.store.get()).strategy };
  }
}

function handlePage(message: unknown, deps: RouterDeps): Promise<unknown> {
  const parsed = pageMessageSchema.safeParse(message);
  if (!parsed.success) return fail(message, 'badMessage', issueSummary(parsed.error));
  const msg: PageMessage = parsed.data;
  if (msg.type === 'open-coach') {
    const target = {
      ...(msg.tabId !== undefined ? { tabId: msg.tabId } : {}),
      ...(msg.windowId !== undefined ? { windowId: msg.windowId } : {}),
    };
    return deps.openCoach(target).then(
      (): PageResponses['open-coach'] => ({ ok: true }),
      async (error) =>
        failure([
          {
            path: '',
            message: strategyText(await answerLanguage(msg), 'coachUnavailable', {
              detail: describeError(error),
            }),
          },
        ]),
    );
  }
  return applyPage(msg, deps);
}

async function applyPage(
  msg: Exclude<PageMessage, { type: 'open-coach' }>,
  deps: RouterDeps,
): Promise<unknown> {
  switch (msg.type) {
    case 'get-strategy':
      return deps.store.get(await answerLanguage(msg));
    case 'save-strategy':
      return deps.store.save(msg.strategy, await answerLanguage(msg));
    case 'undo-save':
      return deps.store.undo(await answerLanguage(msg));
    case 'reset-strategy':
      return deps.store.reset();
    case 'import-strategy':
      return deps.store.import(msg.text, await answerLanguage(msg));
    case 'export-strategy':
      return deps.store.export();
    case 'add-to-strategy':
      return deps.store.add(
        { kind: msg.kind, value: msg.value, ...(msg.topic !== undefined ? { topic: msg.topic } : {}) },
        await answerLanguage(msg),
      );
    case 'get-tab-state':
      return readTabState(msg.tabId);
    case 'get-profile-scan':
      return readProfileScan();
    case 'get-suggestions':
      return readSuggestions((await deps.store.get()).strategy);
    case 'dismiss-suggestion':
      await dismissSuggestion(msg.value);
      return { ok: true };
    case 'forget-learned':
      await forgetLearned();
      return { ok: true };
    case 'get-learning':
      return { enabled: await readLearning() };
    case 'set-learning':
      await setLearning(msg.enabled);
      return { ok: true };
    case 'get-stats': {
      const [entries, resolved] = await Promise.all([readPostLog(), readStrategy()]);
      return computeStats(entries, resolved.strategy, deps.now());
    }
    case 'apply-fix':
      return forwardToTab(msg, { type: 'apply-fix', composerId: msg.composerId, fix: msg.fix }, deps);
    case 'apply-split':
      return forwardToTab(msg, { type: 'apply-split', composerId: msg.composerId, parts: msg.parts }, deps);
    case 'undo-split':
      return forwardToTab(msg, { type: 'undo-split' }, deps);
  }
}

/**
 * Forwards a change to the draft (a quick fix, a split into a thread, its undo) to the tab's
 * content script; only to tabs Kvitter has heard from on x.com.
 */
async function forwardToTab(
  msg: { tabId: number },
  command: TabCommand,
  deps: RouterDeps,
): Promise<PageResponses['apply-fix']> {
  const language = await answerLanguage(msg);
  const notReady = failure([{ path: '', message: strategyText(language, 'tabNotReady') }]);
  if (!(await readTabState(msg.tabId))) return notReady;
  let answer: unknown;
  try {
    answer = await deps.sendToTab(msg.tabId, command);
  } catch {
    return notReady;
  }
  const checked = contentResponseSchema.safeParse(answer);
  return checked.success ? checked.data : notReady;
}

/**
 * The background's end of the live channel (lib/messaging/live.ts): a port from Kvitter's content
 * script on an x.com tab, carrying only 'tab-state', each checked like a runtime message. Ports
 * with another name are left to their own listeners; a port from anyone else is closed.
 */
export function acceptLivePort(port: LivePort, deps: RouterDeps): void {
  if (port.name !== TAB_STATE_PORT) return;
  const sender = port.sender ?? {};
  if (!xTabOf(sender)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((json) => {
    const message = parseLive(json);
    if ((message as { type?: unknown } | undefined)?.type !== 'tab-state') return;
    // Nobody waits for an answer on the port; a refused state is simply not stored.
    void routeMessage(message, sender, deps);
  });
}

/** Called when a tab closes: its state goes, so nothing about it lingers in the session. */
export function forgetTab(tabId: number): Promise<void> {
  return clearTabState(tabId);
}
