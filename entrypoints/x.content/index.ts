import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  runAt: 'document_idle',
  main() {
    // Marks the page so tests (and curious users) can see Kvitter is running; no draft is touched.
    document.documentElement.dataset.kvitter = 'ready';
  },
});
