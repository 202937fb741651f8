import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { defaultStrategy } from '../../lib/strategy/defaults';
import { strategyWith } from './helpers';

describe('analyzeDraft report', () => {
  it('reports an empty draft as not postable, with nothing to say', () => {
    expect(analyzeDraft({ text: '', kind: 'post' }, defaultStrategy)).toEqual({
      weightedLength: 0,
      limit: 280,
      valid: false,
      language: 'und',
      hashtags: [],
      topics: [],
      hints: [],
    });
  });

  it('fills every field for a real draft', () => {
    const strategy = strategyWith({
      topics: [{ name: 'skule', keywords: ['skule', 'elev', 'lærar'] }],
      hashtags: { preferred: ['nynorsk'], max: 2 },
    });
    const text = 'Elevane på skulen i Førde har skrive 300 dikt på nynorsk i haust 👏 #nynorsk #dikt';
    const report = analyzeDraft({ text, kind: 'post' }, strategy);
    expect(report.weightedLength).toBe(text.length);
    expect(report.limit).toBe(280);
    expect(report.valid).toBe(true);
    expect(report.language).toBe('nn');
    expect(report.topics).toEqual([{ name: 'skule', words: ['Elevane', 'skulen'] }]);
    expect(report.hashtags.map((h) => [h.tag, h.relevant, text.slice(h.range.start, h.range.end)])).toEqual([
      ['nynorsk', true, '#nynorsk'],
      ['dikt', false, '#dikt'],
    ]);
    expect(report.hints.map((h) => h.ruleId)).toEqual(['hashtag-relevance']);
  });

  it('lists the most serious concerns first and keeps each hint tied to its advice', () => {
    const text = `${'Dette er ein lang tekst. '.repeat(12)}#a #a #b #c`;
    const report = analyzeDraft({ text, kind: 'post' }, defaultStrategy);
    expect(report.hints[0]?.ruleId).toBe('length');
    expect(report.hints[0]?.severity).toBe('error');
    expect(new Set(report.hints.map((h) => h.adviceId))).toEqual(new Set(['brevity', 'hashtags-relevant']));
  });

  it('follows the strategy object it is given, also when the same draft is analysed again with another', () => {
    const text = 'Vi er billigst i byen';
    const first = strategyWith({ avoidPhrases: [{ phrase: 'billigst', replacement: 'rimeligst' }] });
    const second = strategyWith({ avoidPhrases: [{ phrase: 'byen', replacement: 'bygda' }] });
    expect(analyzeDraft({ text, kind: 'post' }, first).hints.map((h) => h.fix?.text)).toEqual(['rimeligst']);
    expect(analyzeDraft({ text, kind: 'post' }, second).hints.map((h) => h.fix?.text)).toEqual(['bygda']);
  });
});
