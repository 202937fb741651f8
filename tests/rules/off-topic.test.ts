import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import { hintsOf, strategyWith } from './helpers';

const RULE = 'off-topic';
const strategy = strategyWith({
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'facebook', 'marketing'] },
    { name: 'kundeservice', keywords: ['kundeservice', 'kunde'] },
  ],
});

describe(RULE, () => {
  it.each([
    'Vi jobber med merkevarebygging hele høsten, og det merkes',
    'Kundeservicen vår har ope til klokka ti i kveld, så berre ring',
    'Nå lanserer vi kampanjen i Facebook-gruppa vår for alle medlemmer',
    'Sommarkampanjen er i gang, sjå tilboda i butikkane våre',
    'Our new marketing campaign starts on Monday with a short video',
    'Ein fornøgd kunde er den beste reklamen vi kan få',
  ])('is quiet when the draft touches a topic, inflected or compounded: %s', (text) => {
    expect(hintsOf(RULE, text, strategy)).toEqual([]);
  });

  it.each([
    'Været i Bergen er regnfullt igjen i dag, som vanlig i november',
    'Eg har bakt kanelsnurrar heile ettermiddagen og huset luktar godt',
    'The train to Oslo was late again this morning because of snow',
  ])('suggests, naming the topics, when the draft touches none: %s', (text) => {
    const [hint] = hintsOf(RULE, text, strategy);
    expect(hint?.severity).toBe('suggestion');
    expect(hint?.message.nb).toContain('markedsføring, kundeservice');
    expect(hint?.message.nn).toContain('temaa dine');
  });

  it('lists each matched topic with the words that matched', () => {
    const report = analyzeDraft(
      { text: 'Kampanjen og merkevarebygging går fint, sier kundeservicen', kind: 'post' },
      strategy,
    );
    expect(report.topics).toEqual([
      { name: 'markedsføring', words: ['Kampanjen', 'merkevarebygging'] },
      { name: 'kundeservice', words: ['kundeservicen'] },
    ]);
  });

  it('waits until the draft has words enough of its own, and leaves replies alone', () => {
    expect(hintsOf(RULE, 'Fint vær i dag', strategy)).toEqual([]);
    expect(hintsOf(RULE, 'Været i Bergen er regnfullt igjen i dag, som vanlig', strategy, 'reply')).toEqual(
      [],
    );
  });

  it('is silent without topics in the strategy', () => {
    expect(hintsOf(RULE, 'Været i Bergen er regnfullt igjen i dag, som vanlig i november')).toEqual([]);
  });

  it('does not take a short keyword from inside another word', () => {
    const ai = strategyWith({ topics: [{ name: 'KI', keywords: ['KI', 'AI'] }] });
    expect(
      hintsOf(RULE, 'Vi var på kino i går kveld og så en fin film om fjellturer på Sunnmøre', ai),
    ).toHaveLength(1);
    expect(hintsOf(RULE, 'Hvordan bruker dere KI i saksbehandlingen i kommunen deres', ai)).toEqual([]);
  });
});
