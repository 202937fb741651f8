import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageOf, StrategySnapshot } from '../lib/messaging/client';
import type { PageMessage, ProfileScan, TabState } from '../lib/messaging/protocol';
import type { PageResponses } from '../lib/messaging/responses';
import { useClient } from './client';

export type Loaded<T> = {
  /** Undefined until the first answer arrives. */
  data: T | undefined;
  /** Set when the background could not be reached or refused the question. */
  failed: boolean;
  reload: () => void;
};

/** Asks the background `message` once (and again on reload()); `message` null means "not yet". */
export function useBackground<T extends PageMessage['type']>(
  message: MessageOf<T> | null,
): Loaded<PageResponses[T]> {
  const client = useClient();
  const [data, setData] = useState<PageResponses[T] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Answers can overtake each other; only the latest question's answer may land.
  const generation = useRef(0);
  const key = message ? JSON.stringify(message) : '';
  const messageRef = useRef(message);
  messageRef.current = message;

  const reload = useCallback(() => {
    const current = messageRef.current;
    if (!current) return;
    const mine = ++generation.current;
    client.send<T>(current).then(
      (answer) => {
        if (mine !== generation.current) return;
        setData(answer);
        setFailed(false);
      },
      () => {
        if (mine === generation.current) setFailed(true);
      },
    );
  }, [client]);

  useEffect(() => {
    setData(undefined);
    setFailed(false);
    if (key) reload();
    return () => {
      generation.current++;
    };
  }, [key, reload]);

  return { data, failed, reload };
}

/** The stored strategy, following every change (from this page, another page, another device). */
export function useStrategy(): StrategySnapshot | undefined {
  const client = useClient();
  const [snapshot, setSnapshot] = useState<StrategySnapshot | undefined>(undefined);
  useEffect(() => client.watchStrategy(setSnapshot), [client]);
  return snapshot;
}

/**
 * A tab's state, read from the session storage the background keeps and followed live from then
 * on. `undefined` while unknown; `null` when the tab has none; `failed` when it cannot be read.
 */
export function useTabState(tabId: number | null): { state: TabState | null | undefined; failed: boolean } {
  const client = useClient();
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setState(undefined);
    setFailed(false);
    if (tabId === null) return;
    return client.watchTabState(
      tabId,
      (next) => setState(next),
      () => setFailed(true),
    );
  }, [client, tabId]);
  return { state, failed };
}

/** The last scan of the user's own profile, following new scans. */
export function useProfileScan(): ProfileScan | null | undefined {
  const client = useClient();
  const [scan, setScan] = useState<ProfileScan | null | undefined>(undefined);
  useEffect(() => client.watchProfileScan(setScan), [client]);
  return scan;
}
