import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// CI's two cores run the whole suite at once; a page that renders in 50 ms alone can take over a
// second there. Waiting longer changes no expectation, it only stops load from failing a test.
configure({ asyncUtilTimeout: 5000 });

// Each test starts with empty extension storage, no listeners left over from the last one, and
// no spy still wrapped around a fakeBrowser API (spies outlive its reset).
beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
