import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test starts with empty extension storage and no listeners left over from the last one.
beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
