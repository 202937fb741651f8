import { defineConfig } from 'vitest/config';
import { reporters } from './tests/reporters';

/** End-to-end tests: the built extension in Debian's Chromium, one browser at a time (2 cores). */
export default defineConfig({
  test: {
    reporters: reporters('e2e'),
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
