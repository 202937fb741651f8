import { defineConfig } from 'wxt';
import { bundleAliases, snowballOnly } from './scripts/bundle';

/** Hosts Kvitter reads. Nothing else: the coach never needs another site. */
const xHosts = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [snowballOnly()],
    resolve: { alias: bundleAliases },
  }),
  // Explicit imports everywhere, as in WXT's own code: a reader sees where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Kvitter',
    description: 'A private writing coach for X: live hints while you post, from Norwegian advice.',
    default_locale: undefined,
    // WXT adds `sidePanel` for Chrome when it finds the side panel entrypoint; Firefox gets a sidebar.
    permissions: ['storage'],
    host_permissions: xHosts,
    commands: {
      'open-coach': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Kvitter coach',
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
