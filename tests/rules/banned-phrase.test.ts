import { describe, expect, it } from 'vitest';
import { applyFix, hintsOf, marked, strategyWith } from './helpers';

const RULE = 'banned-phrase';
const strategy = strategyWith({
  avoidPhrases: [
    { phrase: 'billigst', replacement: 'rimeligst' },
    { phrase: 'kjempe bra' },
    { phrase: 'synergy', replacement: 'cooperation' },
    { phrase: 'brukarar', replacement: 'innbyggjarar' },
  ],
});

describe(RULE, () => {
  it.each([
    ['Vi er billigst i byen!', 'billigst', 'Vi er rimeligst i byen!'],
    ['Billigst på strøm, igjen.', 'Billigst', 'Rimeligst på strøm, igjen.'],
    ['Alle BILLIGST-prisane gjeld til søndag', 'BILLIGST', 'Alle RIMELIGST-prisane gjeld til søndag'],
    ['Great synergy between the teams', 'synergy', 'Great cooperation between the teams'],
    ['Alle brukarar får tilgang i dag', 'brukarar', 'Alle innbyggjarar får tilgang i dag'],
  ])('marks a phrase to avoid and offers the user’s replacement: %s', (text, found, fixed) => {
    const [hint] = hintsOf(RULE, text, strategy);
    expect(hint?.severity).toBe('warning');
    expect(marked(text, hint as never)).toBe(found);
    expect(applyFix(text, hint as never)).toBe(fixed);
  });

  it('marks a phrase without replacement but offers no fix (never deletes the user’s words)', () => {
    const text = 'Det gjekk kjempe  bra i dag';
    const [hint] = hintsOf(RULE, text, strategy);
    expect(marked(text, hint as never)).toBe('kjempe  bra');
    expect(hint?.fix).toBeUndefined();
  });

  it.each([
    'Dette er den billigste løsningen',
    'Kjempebra innsats',
    'Synergistic effects',
    'Ingen forbodne ord her',
  ])('only matches whole words: %s', (text) => expect(hintsOf(RULE, text, strategy)).toEqual([]));

  it('marks every occurrence', () => {
    expect(hintsOf(RULE, 'billigst, billigst og billigst', strategy)).toHaveLength(3);
  });
});
