import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ClientProvider, type PageClient } from '../../components/client';
import type { StrategySnapshot } from '../../lib/messaging/client';
import type { ComposerState, PageMessage, ProfileScan, TabState } from '../../lib/messaging/protocol';
import type { PageResponses, Suggestions } from '../../lib/messaging/responses';
import type { Stats } from '../../lib/postlog/stats';
import type { Hint } from '../../lib/rules/types';
import { defaultStrategy } from '../../lib/strategy/defaults';
import type { Strategy } from '../../lib/strategy/schema';

type Answers = {
  [T in PageMessage['type']]?: (message: Extract<PageMessage, { type: T }>) => PageResponses[T];
};

type Options = {
  strategy?: Strategy;
  location?: 'sync' | 'local';
  canUndo?: boolean;
  tabState?: TabState | null;
  stats?: Stats;
  scan?: ProfileScan | null;
  /** What 'get-suggestions' answers (none, learning on, unless given). */
  suggestions?: Suggestions;
  answers?: Answers;
};

/**
 * A stand-in for the background: answers page messages from fixed data, records what was sent,
 * and lets a test push new strategy or tab state as the storage watchers would.
 */
export function fakeClient(options: Options = {}) {
  const sent: PageMessage[] = [];
  let snapshot: StrategySnapshot = {
    strategy: options.strategy ?? defaultStrategy,
    location: options.location ?? 'sync',
    canUndo: options.canUndo ?? false,
  };
  let tabState = options.tabState ?? null;
  let scan = options.scan ?? null;
  const watchedTabs: number[] = [];
  const strategyWatchers = new Set<(s: StrategySnapshot) => void>();
  const tabWatchers = new Set<(s: TabState | null) => void>();
  const scanWatchers = new Set<(s: ProfileScan | null) => void>();
  const learnedWatchers = new Set<() => void>();
  let suggestions: Suggestions = options.suggestions ?? {
    learning: true,
    posts: 0,
    topics: [],
    hashtags: [],
  };
  const history: Strategy[] = [];
  const notifyStrategy = () =>
    queueMicrotask(() => {
      for (const watcher of strategyWatchers) watcher(snapshot);
    });
  const store = (strategy: Strategy) => {
    history.push(snapshot.strategy);
    snapshot = { ...snapshot, strategy, canUndo: true };
    notifyStrategy();
  };

  const client: PageClient = {
    send: async (sentMessage) => {
      const message: PageMessage = sentMessage;
      sent.push(message);
      const custom = options.answers?.[message.type] as ((m: PageMessage) => unknown) | undefined;
      if (custom) return custom(message) as never;
      switch (message.type) {
        case 'get-strategy':
          return snapshot as never;
        case 'get-tab-state':
          return tabState as never;
        case 'get-stats':
          return (options.stats ?? noStats) as never;
        case 'get-profile-scan':
          return scan as never;
        case 'get-suggestions':
          return suggestions as never;
        case 'get-learning':
          return { enabled: suggestions.learning } as never;
        // Like the real background: a save or reset is stored, can be undone, and storage watchers hear of it.
        case 'save-strategy':
          store(message.strategy as Strategy);
          return { ok: true } as never;
        case 'reset-strategy':
          store(defaultStrategy);
          return { ok: true } as never;
        case 'add-to-strategy': {
          const next = structuredClone(snapshot.strategy);
          if (message.kind === 'hashtag') next.hashtags.preferred.push(message.value);
          else next.topics.push({ name: message.topic ?? message.value, keywords: [message.value] });
          store(next);
          return { ok: true } as never;
        }
        case 'undo-save': {
          const previous = history.pop();
          if (!previous) return { ok: false, errors: [{ path: '', message: 'nothing to undo' }] } as never;
          snapshot = { ...snapshot, strategy: previous, canUndo: history.length > 0 };
          notifyStrategy();
          return { ok: true } as never;
        }
        default:
          return { ok: true } as never;
      }
    },
    watchStrategy: (callback) => {
      strategyWatchers.add(callback);
      queueMicrotask(() => callback(snapshot));
      return () => strategyWatchers.delete(callback);
    },
    // Like the real watchers: the stored value at once, then every change.
    watchTabState: (tabId, callback) => {
      watchedTabs.push(tabId);
      tabWatchers.add(callback);
      queueMicrotask(() => tabWatchers.has(callback) && callback(tabState));
      return () => tabWatchers.delete(callback);
    },
    watchProfileScan: (callback) => {
      scanWatchers.add(callback);
      queueMicrotask(() => scanWatchers.has(callback) && callback(scan));
      return () => scanWatchers.delete(callback);
    },
    watchLearned: (callback) => {
      learnedWatchers.add(callback);
      return () => learnedWatchers.delete(callback);
    },
  };

  return {
    client,
    sent,
    /** The tabs whose state a page followed, in order. */
    watchedTabs: () => [...watchedTabs],
    /** The strategy as the fake background holds it now. */
    stored: () => snapshot.strategy,
    /** Messages of one type that were sent, in order. */
    sentOf<T extends PageMessage['type']>(type: T) {
      return sent.filter((m): m is Extract<PageMessage, { type: T }> => m.type === type);
    },
    pushStrategy(next: Partial<StrategySnapshot>) {
      snapshot = { ...snapshot, ...next };
      for (const watcher of strategyWatchers) watcher(snapshot);
    },
    pushTabState(next: TabState | null) {
      tabState = next;
      for (const watcher of tabWatchers) watcher(next);
    },
    pushScan(next: ProfileScan | null) {
      scan = next;
      for (const watcher of scanWatchers) watcher(next);
    },
    /** New proposals, as the storage watcher would announce them after learning. */
    pushSuggestions(next: Suggestions) {
      suggestions = next;
      for (const watcher of learnedWatchers) watcher();
    },
  };
}

const noStats: Stats = {
  postsThisWeek: 0,
  postsPerWeekTarget: 3,
  originals30d: 0,
  repliesAndQuotes30d: 0,
  nynorskShare30d: null,
  nynorskTarget: null,
};

/** Renders `ui` with `client` as the background. */
export function renderWith(client: PageClient, ui: ReactElement) {
  return render(<ClientProvider client={client}>{ui}</ClientProvider>);
}

/** A composer the content script could read, with the given text and hints. */
export function okComposer(
  id: string,
  text: string,
  hints: Hint[],
  extra: Partial<Extract<ComposerState, { status: 'ok' }>> = {},
): ComposerState {
  return {
    status: 'ok',
    id,
    surface: 'home',
    kind: 'post',
    position: 0,
    text,
    report: {
      weightedLength: text.length,
      limit: 280,
      valid: text.length <= 280,
      language: 'nb',
      hashtags: [],
      topics: [],
      hints,
    },
    ...extra,
  };
}

/** A tab on x.com holding `composers`. */
export function xTab(tabId: number, composers: ComposerState[], extra: Partial<TabState> = {}): TabState {
  return { tabId, url: 'https://x.com/home', composers, updatedAt: Date.now(), ...extra };
}

/** A hint as the engine would send it, with the same message in all three languages unless given. */
export function hint(partial: Partial<Hint> & Pick<Hint, 'ruleId' | 'severity'>): Hint {
  return {
    adviceId: 'brevity',
    message: { nb: `nb ${partial.ruleId}`, nn: `nn ${partial.ruleId}`, en: `en ${partial.ruleId}` },
    ...partial,
  };
}
