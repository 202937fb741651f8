/** The only sites Kvitter reads: its content script's matches, its host permissions, nothing else. */
export const xHosts = ['x.com', 'twitter.com', 'mobile.x.com'] as const;

/** The hosts as match patterns, for the manifest, the content script and tab queries. */
export const xMatchPatterns: string[] = xHosts.map((host) => `https://${host}/*`);

const hostSet: ReadonlySet<string> = new Set(xHosts);

/** Whether `url` is an https page on one of X's hosts (no look-alike hosts, no other scheme). */
export function isXUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && hostSet.has(parsed.hostname);
  } catch {
    return false;
  }
}
