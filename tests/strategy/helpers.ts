import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Every storage area as plain JSON: "unchanged" means this string is byte-identical. */
export async function storageSnapshot(): Promise<string> {
  const areas = ['sync', 'local', 'session'] as const;
  const entries = await Promise.all(areas.map(async (area) => [area, await fakeBrowser.storage[area].get()]));
  return JSON.stringify(Object.fromEntries(entries));
}
