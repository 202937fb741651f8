import { useCallback, useEffect, useRef, useState } from 'react';
import type { Suggestions } from '../../lib/messaging/responses';
import { useClient } from '../client';

export type SuggestionsState = {
  /** Undefined until the first answer. */
  data: Suggestions | undefined;
  failed: boolean;
  reload: () => void;
};

/**
 * The proposals from the user's own posts, asked again whenever the strategy changes (an accepted
 * proposal leaves the list, wherever it was accepted) or what was learned changes (new posts read,
 * a dismissal, the switch).
 */
export function useSuggestions(): SuggestionsState {
  const client = useClient();
  const [data, setData] = useState<Suggestions | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  // Answers can overtake each other; only the latest question's answer may land.
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    client.send({ type: 'get-suggestions' }).then(
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
    // watchStrategy calls back at once with the current strategy: that is the first question.
    const stopStrategy = client.watchStrategy(() => reload());
    const stopLearned = client.watchLearned(reload);
    return () => {
      generation.current++;
      stopStrategy();
      stopLearned();
    };
  }, [client, reload]);

  return { data, failed, reload };
}
