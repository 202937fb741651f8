import { createContext, type ReactNode, useContext } from 'react';
import {
  type MessageOf,
  type StrategySnapshot,
  sendToBackground,
  watchLearned,
  watchProfileScan,
  watchStrategy,
  watchTabState,
} from '../lib/messaging/client';
import type { PageMessage, ProfileScan, TabState } from '../lib/messaging/protocol';
import type { PageResponses } from '../lib/messaging/responses';

/**
 * What the pages need from the rest of the extension. A context rather than direct imports so
 * component tests can hand in a fake background and see exactly which messages were sent.
 */
export type PageClient = {
  /** Asks the background; rejects when it cannot answer at all. */
  send: <T extends PageMessage['type']>(message: MessageOf<T>) => Promise<PageResponses[T]>;
  /** Current strategy at once, then after every change. Returns the unsubscribe function. */
  watchStrategy: (callback: (snapshot: StrategySnapshot) => void) => () => void;
  /** A tab's state at once, then on every change (null once there is none); `failed` if it cannot be read. */
  watchTabState: (
    tabId: number,
    callback: (state: TabState | null) => void,
    failed?: () => void,
  ) => () => void;
  /** The last profile scan at once, then on every new scan. */
  watchProfileScan: (callback: (scan: ProfileScan | null) => void) => () => void;
  /** Called after every change to what was learned from the user's posts (not at once). */
  watchLearned: (callback: () => void) => () => void;
};

/** The real client: lib/messaging's typed, zod-checked functions. */
const browserClient: PageClient = {
  send: (message) => sendToBackground(message),
  watchStrategy: (callback) => watchStrategy(callback),
  watchTabState,
  watchProfileScan,
  watchLearned,
};

const ClientContext = createContext<PageClient>(browserClient);

/** Provides the client to every component below it (tests pass a fake). */
export function ClientProvider({ client, children }: { client: PageClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

/** The client of the nearest provider, else the real one. */
export function useClient(): PageClient {
  return useContext(ClientContext);
}
