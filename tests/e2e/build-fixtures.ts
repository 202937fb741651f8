import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtureBuildDir = resolve(here, '.build');

/**
 * Bundles the fixture app (real draft-js 0.11.7 with React 18) for the browser. Production
 * React, as x.com ships, so timings in the keystroke benchmark are not inflated by dev checks.
 */
export async function buildFixtures(): Promise<void> {
  mkdirSync(fixtureBuildDir, { recursive: true });
  await build({
    entryPoints: { fixture: resolve(here, 'fixtures/app/index.tsx') },
    outdir: fixtureBuildDir,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.css': 'css' },
    logLevel: 'warning',
  });
}
