import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePorts } from './messaging/ports';
import { xTab } from './messaging/senders';

// CI's two cores run the whole suite at once; a page that renders in 50 ms alone can take over a
// second there. Waiting longer changes no expectation, it only stops load from failing a test.
configure({ asyncUtilTimeout: 5000 });

// Each test starts with empty extension storage, no listeners left over from the last one, and
// no spy still wrapped around a fakeBrowser API (spies outlive its reset). Ports, which fakeBrowser
// lacks, connect the content script on x.com tab 7 with the background and the side panel.
beforeEach(() => {
  fakeBrowser.reset();
  installFakePorts(() => xTab());
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
