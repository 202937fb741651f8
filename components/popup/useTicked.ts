import { useCallback, useEffect, useState } from 'react';
import { type ChecklistItemId, readTicked, setTicked, watchTicked } from '../../lib/checklist';

/** The checklist items ticked by hand, remembered on this device, and the way to (un)tick one. */
export function useTicked() {
  const [ticked, setState] = useState<ChecklistItemId[]>([]);
  useEffect(() => {
    let live = true;
    void readTicked().then((ids) => {
      if (live) setState(ids);
    });
    const stop = watchTicked((ids) => {
      if (live) setState(ids);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  const toggle = useCallback(async (id: ChecklistItemId, on: boolean) => {
    setState(await setTicked(id, on));
  }, []);
  return { ticked, toggle };
}
