import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../lib/rules/index';
import type { Hint } from '../../lib/rules/types';
import type { Strategy } from '../../lib/strategy/schema';
import { applyFix, hintsOf, strategyWith } from './helpers';

const RULE = 'hashtag-suggestion';

const strategy = strategyWith({
  topics: [
    { name: 'markedsføring', keywords: ['merkevare', 'kampanje', 'marketing'] },
    { name: 'kundeservice', keywords: ['kunde', 'support'] },
    { name: 'accessibility', keywords: ['a11y', 'screen reader', 'WCAG'] },
  ],
  hashtags: { preferred: ['Kvitter', 'SommerKampanje'], max: 2 },
});

/** The tags a draft is offered, in the order offered. */
const tags = (hints: Hint[]) => hints.map((h) => h.fix?.text.trim());

describe(RULE, () => {
  it.each([
    ['Vi jobber med merkevarebygging hele høsten, og det merkes godt', 'markedsføring', '#SommerKampanje'],
    ['Kundeservicen vår har ope til klokka ti i kveld, så berre ring', 'kundeservice', '#kundeservice'],
    [
      'Testing our new checkout with screen readers found three bugs today',
      'accessibility',
      '#accessibility',
    ],
  ])('offers a tag for the topic a post touches, inflected or compounded: %s', (text, topic, tag) => {
    const hints = hintsOf(RULE, text, strategy);
    expect(tags(hints)).toEqual([tag]);
    const [hint] = hints;
    expect(hint?.severity).toBe('suggestion');
    expect(hint?.message.nb).toBe(
      `Utkastet handler om ${topic}. Merk det med ${tag}, så finner du og andre det igjen.`,
    );
    expect(hint?.message.nn).toBe(
      `Utkastet handlar om ${topic}. Merk det med ${tag}, så finn du og andre det att.`,
    );
    expect(hint?.message.en).toBe(
      `This draft is about ${topic}. Tag it ${tag} so you and others can find it again.`,
    );
    expect(hint?.fix?.label).toEqual({ nb: `Legg til ${tag}`, nn: `Legg til ${tag}`, en: `Add ${tag}` });
  });

  it('prefers the strategy’s own hashtag for the topic over the topic’s name', () => {
    // #SommerKampanje belongs to "markedsføring" through its keyword "kampanje"; #Kvitter to no topic.
    const text = 'Kampanjen vår starter på mandag med en kort film om sommeren';
    expect(tags(hintsOf(RULE, text, strategy))).toEqual(['#SommerKampanje']);
    const without = strategyWith({ ...strategy, hashtags: { preferred: ['Kvitter'], max: 2 } });
    expect(tags(hintsOf(RULE, text, without))).toEqual(['#markedsføring']);
  });

  it('falls back to a one-word keyword when the topic’s name is no hashtag, and offers nothing X would not link', () => {
    const social = strategyWith({
      topics: [
        { name: 'sosiale medier', keywords: ['sosiale medier', 'e-handel', 'Instagram'] },
        { name: 'e-post', keywords: ['e-post', '2024'] },
      ],
    });
    expect(tags(hintsOf(RULE, 'Vi er mye på sosiale medier for tiden, særlig om kvelden', social))).toEqual([
      '#Instagram',
    ]);
    expect(hintsOf(RULE, 'Jeg svarer på e-post hver morgen før jeg går på jobb', social)).toEqual([]);
  });

  it('puts the topic with most matched words first, and gives each of two topics its best tag', () => {
    const both = 'Kampanjen for merkevaren starter nå, og kundeservice svarer på alt';
    expect(tags(hintsOf(RULE, both, strategy))).toEqual(['#SommerKampanje', '#kundeservice']);
    const mostlyService = 'Kundeservice og support for hver eneste kunde, også mens kampanjen pågår';
    expect(tags(hintsOf(RULE, mostlyService, strategy))).toEqual(['#kundeservice', '#SommerKampanje']);
  });

  it('offers a topic’s two best tags when one topic is touched, never more than the strategy allows', () => {
    const service = strategyWith({
      topics: [{ name: 'kundeservice', keywords: ['kunde', 'support'] }],
      hashtags: { preferred: ['KundeserviceDag', 'Kvitter', 'kunde', 'support'], max: 2 },
    });
    const text = 'Kundeservicen vår svarer på alle spørsmål hele døgnet';
    expect(tags(hintsOf(RULE, text, service))).toEqual(['#KundeserviceDag', '#kunde']);
    const one = strategyWith({ ...service, hashtags: { ...service.hashtags, max: 1 } });
    expect(tags(hintsOf(RULE, text, one))).toEqual(['#KundeserviceDag']);
    const none = strategyWith({ ...service, hashtags: { ...service.hashtags, max: 0 } });
    expect(hintsOf(RULE, text, none)).toEqual([]);
  });

  it('offers quotes a tag, but not replies or later parts of a thread', () => {
    const text = 'Kundeservicen vår har ope til klokka ti i kveld, så berre ring';
    expect(tags(hintsOf(RULE, text, strategy, 'quote'))).toEqual(['#kundeservice']);
    expect(hintsOf(RULE, text, strategy, 'reply')).toEqual([]);
    const later = analyzeDraft({ text, kind: 'post', position: 1 }, strategy);
    expect(later.hints.filter((h) => h.ruleId === RULE)).toEqual([]);
  });

  it.each([
    ['a draft with any hashtag', 'Kundeservicen vår har ope til klokka ti i kveld #Bergen'],
    ['a draft with too few words of its own', 'Kampanjen starter i dag'],
    ['a draft that touches no topic', 'Været i Bergen er regnfullt igjen i dag, som vanlig'],
    ['a draft where the user is typing a tag', 'Kundeservicen vår har ope til klokka ti i kveld #'],
  ])('says nothing for %s', (_, text) => {
    expect(hintsOf(RULE, text, strategy)).toEqual([]);
  });

  it('says nothing without topics in the strategy', () => {
    expect(hintsOf(RULE, 'Kundeservicen vår har ope til klokka ti i kveld, så berre ring')).toEqual([]);
  });

  it('skips a tag that would take the draft past the hard limit, and says nothing past it', () => {
    const service = strategyWith({
      topics: [{ name: 'kundeservice', keywords: ['kunde'] }],
      hashtags: { preferred: ['KundeserviceDag', 'kunde'], max: 2 },
    });
    const start = 'Kundeservicen vår svarer på alle spørsmål hele døgnet. ';
    // 270 weighted characters: " #kunde" (7) fits, " #KundeserviceDag" (17) does not.
    const near = start + 'x'.repeat(270 - start.length);
    expect(tags(hintsOf(RULE, near, service))).toEqual(['#kunde']);
    const fixed = applyFix(near, hintsOf(RULE, near, service)[0] as Hint);
    expect(analyzeDraft({ text: fixed, kind: 'post' }, service).valid).toBe(true);
    // Exactly at the limit once the tag is added.
    const edge = start + 'x'.repeat(273 - start.length);
    expect(tags(hintsOf(RULE, edge, service))).toEqual(['#kunde']);
    expect(hintsOf(RULE, `${edge}x`, service)).toEqual([]);
    expect(hintsOf(RULE, start + 'x'.repeat(300), service)).toEqual([]);
  });

  describe('its fix', () => {
    const apply = (text: string, s: Strategy = strategy) => {
      const [hint] = hintsOf(RULE, text, s);
      expect(hint?.fix?.range).toEqual({ start: text.length, end: text.length });
      return applyFix(text, hint as Hint);
    };

    it.each([
      [
        'Vi jobber med merkevarebygging hele høsten, og det merkes godt',
        'Vi jobber med merkevarebygging hele høsten, og det merkes godt #SommerKampanje',
      ],
      [
        'Kundeservicen vår har ope til klokka ti i kveld, så berre ring ',
        'Kundeservicen vår har ope til klokka ti i kveld, så berre ring #kundeservice',
      ],
      [
        'Kundeservicen vår har ope til klokka ti i kveld.\nSå berre ring!\n',
        'Kundeservicen vår har ope til klokka ti i kveld.\nSå berre ring!\n#kundeservice',
      ],
    ])('appends the tag with one space before it: %j', (text, expected) => {
      const fixed = apply(text);
      expect(fixed).toBe(expected);
      // The tag is now there, linked, and relevant: nothing more to suggest or to object to.
      expect(hintsOf(RULE, fixed, strategy)).toEqual([]);
      const report = analyzeDraft({ text: fixed, kind: 'post' }, strategy);
      expect(report.hashtags.map((h) => [h.tag, h.relevant])).toEqual([[expected.split('#')[1], true]]);
      expect(report.hints.filter((h) => h.ruleId.startsWith('hashtag-'))).toEqual([]);
    });

    it('offers no second tag once one is taken', () => {
      const both = 'Kampanjen for merkevaren starter nå, og kundeservice svarer på alt';
      // With a tag in place the rule is done: a second suggestion would be clutter.
      expect(hintsOf(RULE, apply(both), strategy)).toEqual([]);
    });
  });
});
