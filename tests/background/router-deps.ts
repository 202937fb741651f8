import { vi } from 'vitest';
import type { RouterDeps } from '../../lib/background/router';
import { StrategyStore } from '../../lib/strategy';

/** The router's dependencies for a test: a real store, a fixed clock, and spies for the rest. */
export function routerDeps(overrides: Partial<RouterDeps> = {}): RouterDeps {
  return {
    store: new StrategyStore(),
    now: () => 1_000,
    openCoach: vi.fn(async () => {}),
    enableCoachForTab: vi.fn(),
    sendToTab: vi.fn(async () => ({ ok: true })),
    ...overrides,
  };
}
