import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/index';
import { loadEngine } from '../../lib/x/engine';

/** What importing the built engine bundle does: WXT's wrapper runs the unlisted script's main. */
async function runEngineBundle(): Promise<void> {
  (await import('../../entrypoints/engine/index')).default.main();
}

describe('loadEngine', () => {
  afterEach(() => {
    globalThis.kvitterAnalyzer = undefined;
  });

  it('runs the engine bundle and gets the rules’ own analysis from it', async () => {
    const analyze = await loadEngine(runEngineBundle);
    expect(analyze).toBe(analyzeDraft);
    expect(
      analyze({ text: 'Hei #a #a', kind: 'post' }, defaultStrategy).hints.map((h) => h.ruleId),
    ).toContain('hashtag-format');
  });

  it('loads the rules once, however often the bundle runs', async () => {
    await runEngineBundle();
    const first = globalThis.kvitterAnalyzer;
    await runEngineBundle();
    expect(globalThis.kvitterAnalyzer).toBe(first);
  });

  it('says what went wrong when the file loads but publishes nothing', async () => {
    await expect(loadEngine(async () => undefined)).rejects.toThrow(
      '/engine.js loaded but published no analysis',
    );
  });

  it('passes on a failed import', async () => {
    await expect(
      loadEngine(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
    ).rejects.toThrow('Failed to fetch');
  });
});
