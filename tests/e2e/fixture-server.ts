import { readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureBuildDir } from './build-fixtures';
import { fixtureRoutes } from './fixtures/routes';

/**
 * What the fixtures answer to a request for an x.com URL, whichever browser asks: the Chromium
 * harness fulfils Playwright routes with it, the Firefox harness answers intercepted WebDriver
 * BiDi requests with it. Tests never reach X: every request to its hosts is answered from here.
 */

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = resolve(here, 'fixtures/pages');

/** Every host Kvitter matches; all of them are answered from fixtures, never the network. */
export const xUrl = /^https:\/\/(x\.com|twitter\.com|mobile\.x\.com)\//;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Headers that make a fixture page cross-origin isolated. The keystroke benchmark uses them: an
 * isolated page's performance.now() (the content script's too) ticks in 5 µs steps instead of
 * 100 µs, fine enough to meter work that takes a fraction of a millisecond.
 */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * A strict Content-Security-Policy of the kind x.com sends, on every fixture page: scripts only
 * from the page's own origin, no eval, nothing fetched elsewhere; styles inline, as React Native
 * Web (which X is built with) injects them. What Kvitter adds to the page, and the engine its
 * content script imports, must work under it.
 */
export const xContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export type FixtureResponse = { status: number; headers: Record<string, string>; body: Buffer };

/**
 * The fixture response for an x.com URL: the bundled fixture app under `/__fixture__/`, a page
 * from `fixtureRoutes` (with X's CSP), or a 404 naming the path that has no fixture.
 */
export function fixtureResponse(url: string, options: { isolated?: boolean } = {}): FixtureResponse {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/__fixture__/')) {
    const file = join(fixtureBuildDir, pathname.slice('/__fixture__/'.length));
    return {
      status: 200,
      headers: { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' },
      body: readFileSync(file),
    };
  }
  const match = fixtureRoutes.find((r) => r.pattern.test(pathname));
  if (!match) {
    return {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: Buffer.from(`No fixture for ${pathname}`),
    };
  }
  return {
    status: 200,
    headers: {
      'Content-Type': contentTypes['.html'] as string,
      'Content-Security-Policy': xContentSecurityPolicy,
      ...(options.isolated ? isolationHeaders : {}),
    },
    body: readFileSync(join(pagesDir, match.page)),
  };
}
