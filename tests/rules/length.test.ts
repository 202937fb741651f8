import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { hintsOf, marked, strategyWith } from './helpers';

const RULE = 'length';
const target = strategyWith({ length: { softTarget: 120, hardLimit: 280 } });

describe(RULE, () => {
  it.each([
    'Kort og godt: vi opnar nye lokale på Voss måndag. Velkommen innom!',
    'Vi åpner nye lokaler på Voss mandag. Velkommen innom!',
    'We open our new office in Voss on Monday. Drop by!',
    `Les saka: https://www.nrk.no/${'veldig-lang-sti/'.repeat(20)} 👏`,
  ])('says nothing about a short draft: %s', (text) => {
    expect(hintsOf(RULE, text, target)).toEqual([]);
  });

  it('suggests trimming past the soft target and marks from where it goes over', () => {
    const text =
      'I dag har vi gleda av å fortelje at biblioteket i Førde får nye opningstider frå 1. mars. Vi held ope til klokka 20 alle kvardagar, og laurdag til 16.';
    const [hint] = hintsOf(RULE, text, target);
    expect(hint?.severity).toBe('suggestion');
    expect(hint?.range?.start).toBe(120);
    expect(hint?.range?.end).toBe(text.length);
    expect(hint?.message.nn).toContain('120');
  });

  it('is an error past 280 and marks exactly the overflowing text', () => {
    const sentence =
      'Regjeringen legger frem statsbudsjettet i dag, og vi følger pressekonferansen direkte. ';
    const text = sentence.repeat(4);
    const report = analyzeDraft({ text, kind: 'post' }, target);
    const errors = report.hints.filter((h) => h.ruleId === RULE && h.severity === 'error');
    expect(report.valid).toBe(false);
    expect(errors).toHaveLength(1);
    expect(marked(text, errors[0] as never)).toBe(text.slice(280));
    expect(errors[0]?.message.en).toContain(`${text.length} of 280`);
    expect(errors[0]?.message.nn).toContain(`${text.length - 280} teikn`);
  });

  it('counts emoji as two and marks an overflowing emoji whole', () => {
    const text = `${'a'.repeat(279)}👍🏽`;
    const [hint] = hintsOf(RULE, text).filter((h) => h.severity === 'error');
    expect(hint?.range).toEqual({ start: 279, end: text.length });
  });

  it('counts a long English link as 23 and stays quiet', () => {
    const text = `Great thread on accessibility: https://example.com/${'a'.repeat(300)} worth the read`;
    expect(analyzeDraft({ text, kind: 'post' }, target).weightedLength).toBe(31 + 23 + 15);
    expect(hintsOf(RULE, text, target)).toEqual([]);
  });

  it('marks an invisible character X refuses (a pasted byte-order mark)', () => {
    const text = 'Hei\uFEFF alle sammen';
    const [hint] = hintsOf(RULE, text);
    expect(hint?.severity).toBe('error');
    expect(hint?.range).toEqual({ start: 3, end: 4 });
  });

  it('honours the larger limit a strategy says the account has', () => {
    const text = 'Long form. '.repeat(50);
    expect(hintsOf(RULE, text, strategyWith({ length: { softTarget: 1000, hardLimit: 4000 } }))).toEqual([]);
    expect(hintsOf(RULE, text, target).map((h) => h.severity)).toEqual(['error']);
  });
});
