import { defineConfig } from 'vitest/config';
import { reporters } from './tests/reporters';

/** The Firefox build in Firefox ESR over WebDriver BiDi, one browser at a time (2 cores). */
export default defineConfig({
  test: {
    reporters: reporters('firefox'),
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    globalSetup: ['tests/firefox/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
