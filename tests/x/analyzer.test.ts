import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/index';
import { loadAnalyzer } from '../../lib/x/analyzer';

describe('loadAnalyzer', () => {
  it('gives the engine bundle the rules module’s own analysis', async () => {
    const analyze = await loadAnalyzer();
    expect(analyze).toBe(analyzeDraft);
    expect(
      analyze({ text: 'Hei #a #a', kind: 'post' }, defaultStrategy).hints.map((h) => h.ruleId),
    ).toContain('hashtag-format');
  });

  it('returns to the caller at once: a task queued with the call runs before anything loads', async () => {
    const order: string[] = [];
    const loaded = loadAnalyzer().then(() => order.push('loaded'));
    setTimeout(() => order.push('task queued with the call'), 0);
    await loaded;
    expect(order).toEqual(['task queued with the call', 'loaded']);
  });
});
