const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` only after every earlier task of the same `name` has finished, so read-modify-write
 * sequences never interleave. Uses the Web Locks API where it exists, which also orders tasks
 * across the extension's contexts (a worker being replaced, a page); otherwise a queue in this context.
 */
export function exclusive<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks && typeof locks.request === 'function') {
    return locks.request(`kvitter:${name}`, task) as Promise<T>;
  }
  const previous = queues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
