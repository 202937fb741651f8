import { useEffect } from 'react';
import type { Suggestions } from '../../lib/messaging/responses';
import { useClient } from '../client';
import { type Loaded, useBackground } from '../useBackground';

const question = { type: 'get-suggestions' } as const;

/**
 * The proposals from the user's own posts, asked again whenever the strategy changes (an accepted
 * proposal leaves the list, wherever it was accepted) or what was learned changes (new posts read,
 * a dismissal, the switch).
 */
export function useSuggestions(): Loaded<Suggestions> {
  const client = useClient();
  const loaded = useBackground(question);
  const { reload } = loaded;
  useEffect(() => {
    // watchStrategy calls back at once with the current strategy: that first question is asked.
    let first = true;
    const stopStrategy = client.watchStrategy(() => {
      if (first) first = false;
      else reload();
    });
    const stopLearned = client.watchLearned(reload);
    return () => {
      stopStrategy();
      stopLearned();
    };
  }, [client, reload]);
  return loaded;
}
