import { browser } from 'wxt/browser';

/**
 * Reads a value now (unless `immediate` is false) and again after every storage change to one
 * of `keys` (by area), passing each result to `callback` in order: when changes come faster than
 * reads, only the newest read may reach the callback. A read that throws (the extension was
 * updated or removed under a content script) or gives null is dropped. Zod-free, so the content
 * script can use it. Returns the function that stops following.
 */
export function followStorage<T>(
  keys: Partial<Record<string, readonly string[]>>,
  read: () => Promise<T | null>,
  callback: (value: T) => void,
  immediate = true,
): () => void {
  let stopped = false;
  let latest = 0;
  const refresh = async () => {
    const request = ++latest;
    let value: T | null;
    try {
      value = await read();
    } catch {
      return;
    }
    if (value !== null && !stopped && request === latest) callback(value);
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (keys[area]?.some((key) => key in changes)) void refresh();
  };
  browser.storage.onChanged.addListener(listener);
  if (immediate) void refresh();
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}
