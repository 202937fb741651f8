import { describe, expect, it } from 'vitest';
import { applyFix, hintsOf, marked, strategyWith } from './helpers';

const RULE = 'shouting';
const company = strategyWith({ accountType: 'company', brandNames: ['TELENOR'] });

describe(RULE, () => {
  it.each([
    ['Siste sjanse: GRATIS frakt i dag', 'GRATIS', 'gratis'],
    ['VIKTIG: stengt i morgon', 'VIKTIG', 'Viktig'],
    ['Do NOT miss this offer', 'NOT', null],
    ['Our BIGGEST sale ever', 'BIGGEST', 'biggest'],
  ])('flags an all-caps word on a company account and offers a calm one: %s', (text, word, calm) => {
    const hints = hintsOf(RULE, text, company);
    if (calm === null) {
      expect(hints).toEqual([]);
      return;
    }
    expect(hints.map((h) => marked(text, h))).toEqual([word]);
    expect(hints[0]?.fix?.text).toBe(calm);
  });

  it.each([
    ['Har du sett tilbodet vårt???', '???', '?'],
    ['Vi har opna!!!', '!!!', '!'],
    ['Really?!?!', '?!?!', '?'],
  ])('flags a run of !!! or ??? and offers one mark: %s', (text, run, one) => {
    const [hint] = hintsOf(RULE, text, company);
    expect(marked(text, hint as never)).toBe(run);
    expect(applyFix(text, hint as never)).toBe(text.replace(run, one));
  });

  it.each([
    'NRK og NAV har ope i dag',
    'Telenor-kunder: sjå TELENOR sine sider',
    'Vi har opna! Velkommen innom.',
    'Spørsmål? Send oss ei melding.',
    'Les meir på https://example.com/?q=KAMPANJE',
    '#SOMMARSAL er i gang',
  ])('leaves acronyms, brand names, single marks, links and hashtags alone: %s', (text) => {
    expect(hintsOf(RULE, text, company)).toEqual([]);
  });

  it('only coaches company accounts', () => {
    expect(hintsOf(RULE, 'Jeg er SÅ GLAD i dag!!!', strategyWith({ accountType: 'personal' }))).toEqual([]);
    expect(hintsOf(RULE, 'Jeg er SÅ GLAD i dag!!!', strategyWith({ accountType: 'employee' }))).toEqual([]);
  });
});
