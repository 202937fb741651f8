import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Kvitter, launchKvitter } from './harness';
import { type Spy, spyOnContent } from './x-helpers';

/**
 * One Kvitter for a describe block, with a spy on its content script: launched before the
 * block's tests (then handed to `ready`) and closed after them; `clearEach` empties the spy
 * before each test.
 */
export function kvitterForSuite(
  ready: (kvitter: Kvitter, spy: Spy) => void,
  options: { clearEach?: boolean } = {},
): void {
  let kvitter: Kvitter | undefined;
  let spy: Spy | undefined;
  beforeAll(async () => {
    kvitter = await launchKvitter();
    spy = await spyOnContent(kvitter);
    ready(kvitter, spy);
  });
  afterAll(async () => {
    await kvitter?.close();
  });
  if (options.clearEach) {
    beforeEach(async () => {
      await spy?.clear();
    });
  }
}
