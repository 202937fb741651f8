import { defineConfig } from 'wxt';
import { xMatchPatterns } from './lib/core/hosts';
import { bundleAliases, snowballOnly, zodWithoutEvalProbe } from './scripts/bundle';
import { placeLocales } from './scripts/locales';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [snowballOnly(), zodWithoutEvalProbe()],
    // `npm run bench:scroll` names Kvitter's functions in its profiles from source maps: hidden
    // ones (no comment in the scripts, which stay byte for byte the same), and only when asked.
    ...(process.env.KVITTER_SOURCEMAP ? { build: { sourcemap: 'hidden' as const } } : {}),
    resolve: { alias: bundleAliases },
  }),
  // Explicit imports everywhere, as in WXT's own code: a reader sees where every name comes from.
  imports: false,
  hooks: {
    // The locale folders each browser and its store read (scripts/locales.ts).
    'build:publicAssets': (wxt, files) => {
      files.splice(0, files.length, ...placeLocales(wxt.config.browser, files));
    },
  },
  // The sources zip AMO asks for (`npm run zip`): what it takes to rebuild the Firefox package, and
  // nothing else (no tests, CI, store texts or docs).
  zip: {
    includeSources: [
      '.nvmrc',
      'README.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'scripts/bundle.ts',
      'scripts/locales.ts',
    ],
  },
  // Name, description and the command's description come from public/_locales (en, nb, nn).
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // WXT adds `sidePanel` for Chrome when it finds the side panel entrypoint; Firefox gets a sidebar.
    permissions: ['storage'],
    host_permissions: xMatchPatterns,
    // The analysis engine, which the content script imports once someone starts to write
    // (lib/x/engine.ts). Chrome lets a content script import only web-accessible files. With a
    // dynamic URL (a per-session id in Chrome; Firefox's moz-extension id is random per install)
    // x.com cannot fetch it to tell that Kvitter is installed.
    web_accessible_resources: [{ resources: ['engine.js'], matches: xMatchPatterns, use_dynamic_url: true }],
    commands: {
      'open-coach': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_openCoachCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kvitter@kvitter.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
