import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundleAliases } from './scripts/bundle';
import { reporters } from './tests/reporters';

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: { alias: bundleAliases },
  test: {
    reporters: reporters('unit'),
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    // Inlined so that twitter-text's imports resolve through bundleAliases, as in the build.
    server: { deps: { inline: ['twitter-text'] } },
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
