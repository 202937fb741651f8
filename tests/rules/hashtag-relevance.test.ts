import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { hintsOf, marked, strategyWith } from './helpers';

const RULE = 'hashtag-relevance';
const strategy = strategyWith({
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'sosiale medier'] },
    { name: 'kundeservice', keywords: ['kundeservice', 'support'] },
  ],
  hashtags: { preferred: ['Kvitter', 'norsktech'], max: 3 },
});

describe(RULE, () => {
  it.each([
    ['Sommaren er her #sol #ferie', ['#sol', '#ferie']],
    ['Ny kampanje i dag! #fotball', ['#fotball']],
    ['Launching today #crypto', ['#crypto']],
  ])('suggests a hashtag that fits none of the strategy: %s', (text, tags) => {
    const hints = hintsOf(RULE, text, strategy);
    expect(hints.map((h) => marked(text, h))).toEqual(tags);
    expect(hints[0]?.severity).toBe('suggestion');
    expect(hints[0]?.addToStrategy).toEqual({ kind: 'hashtag', value: tags[0] });
  });

  it.each([
    'Ny sommarkampanje ute no #kampanjer',
    'Vi bygger merkevaren steg for steg #merkevarebygging',
    'Spørsmål om appen? Skriv til oss #kundeservicen',
    'Vi er på plass på Oslo Innovation Week #Kvitter #NorskTech',
    'Our support team is here all weekend #support',
  ])('accepts tags built on the strategy’s topics, keywords and hashtags: %s', (text) => {
    expect(hintsOf(RULE, text, strategy)).toEqual([]);
  });

  it('reports each hashtag as relevant or not', () => {
    const report = analyzeDraft({ text: 'Ny #kampanje og #ferie', kind: 'post' }, strategy);
    expect(report.hashtags.map((h) => [h.tag, h.relevant])).toEqual([
      ['kampanje', true],
      ['ferie', false],
    ]);
  });

  it('stays quiet while the strategy has no topics or hashtags to compare with', () => {
    expect(hintsOf(RULE, 'Sommaren er her #sol #ferie')).toEqual([]);
  });
});
